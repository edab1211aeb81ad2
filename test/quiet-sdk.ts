// The tests run under the machine's Node 20, where every SDK client warns that SDK releases after
// January 2027 need Node 22. The action itself runs on Node 24; the warning is only noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
