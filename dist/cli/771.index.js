export const id = 771;
export const ids = [771];
export const modules = {

/***/ 5771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SERVICE_CLIENTS: () => (/* binding */ SERVICE_CLIENTS)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(379);
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4085);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1663);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7202);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_s3_control__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2619);
// Every SDK client but STS: loaded by loadServiceClients (src/aws/clients.ts) once the account
// is known, so that the first AWS call of a scan waits only for STS and the credential providers.








const SERVICE_CLIENTS = {
    backup: _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_0__/* .BackupClient */ .M3I,
    cloudwatch: _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .CloudWatchClient */ .WBn,
    ec2: _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .EC2Client */ .gu5,
    efs: _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_3__/* .EFSClient */ .klU,
    iam: _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .IAMClient */ .h8v,
    rds: _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_5__/* .RDSClient */ .rYe,
    s3: _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__/* .S3Client */ .YxF,
    s3control: _aws_sdk_client_s3_control__WEBPACK_IMPORTED_MODULE_7__/* .S3ControlClient */ .gGw,
};


/***/ })

};
