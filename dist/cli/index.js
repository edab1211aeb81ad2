#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9693:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*

The MIT License (MIT)

Original Library
  - Copyright (c) Marak Squires

Additional functionality
 - Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (sindresorhus.com)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.

*/

var colors = {};
module['exports'] = colors;

colors.themes = {};

var util = __nccwpck_require__(9023);
var ansiStyles = colors.styles = __nccwpck_require__(2251);
var defineProps = Object.defineProperties;
var newLineRegex = new RegExp(/[\r\n]+/g);

colors.supportsColor = (__nccwpck_require__(8740).supportsColor);

if (typeof colors.enabled === 'undefined') {
  colors.enabled = colors.supportsColor() !== false;
}

colors.enable = function() {
  colors.enabled = true;
};

colors.disable = function() {
  colors.enabled = false;
};

colors.stripColors = colors.strip = function(str) {
  return ('' + str).replace(/\x1B\[\d+m/g, '');
};

// eslint-disable-next-line no-unused-vars
var stylize = colors.stylize = function stylize(str, style) {
  if (!colors.enabled) {
    return str+'';
  }

  var styleMap = ansiStyles[style];

  // Stylize should work for non-ANSI styles, too
  if (!styleMap && style in colors) {
    // Style maps like trap operate as functions on strings;
    // they don't have properties like open or close.
    return colors[style](str);
  }

  return styleMap.open + str + styleMap.close;
};

var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
var escapeStringRegexp = function(str) {
  if (typeof str !== 'string') {
    throw new TypeError('Expected a string');
  }
  return str.replace(matchOperatorsRe, '\\$&');
};

function build(_styles) {
  var builder = function builder() {
    return applyStyle.apply(builder, arguments);
  };
  builder._styles = _styles;
  // __proto__ is used because we must return a function, but there is
  // no way to create a function with a different prototype.
  builder.__proto__ = proto;
  return builder;
}

var styles = (function() {
  var ret = {};
  ansiStyles.grey = ansiStyles.gray;
  Object.keys(ansiStyles).forEach(function(key) {
    ansiStyles[key].closeRe =
      new RegExp(escapeStringRegexp(ansiStyles[key].close), 'g');
    ret[key] = {
      get: function() {
        return build(this._styles.concat(key));
      },
    };
  });
  return ret;
})();

var proto = defineProps(function colors() {}, styles);

function applyStyle() {
  var args = Array.prototype.slice.call(arguments);

  var str = args.map(function(arg) {
    // Use weak equality check so we can colorize null/undefined in safe mode
    if (arg != null && arg.constructor === String) {
      return arg;
    } else {
      return util.inspect(arg);
    }
  }).join(' ');

  if (!colors.enabled || !str) {
    return str;
  }

  var newLinesPresent = str.indexOf('\n') != -1;

  var nestedStyles = this._styles;

  var i = nestedStyles.length;
  while (i--) {
    var code = ansiStyles[nestedStyles[i]];
    str = code.open + str.replace(code.closeRe, code.open) + code.close;
    if (newLinesPresent) {
      str = str.replace(newLineRegex, function(match) {
        return code.close + match + code.open;
      });
    }
  }

  return str;
}

colors.setTheme = function(theme) {
  if (typeof theme === 'string') {
    console.log('colors.setTheme now only accepts an object, not a string.  ' +
      'If you are trying to set a theme from a file, it is now your (the ' +
      'caller\'s) responsibility to require the file.  The old syntax ' +
      'looked like colors.setTheme(__dirname + ' +
      '\'/../themes/generic-logging.js\'); The new syntax looks like '+
      'colors.setTheme(require(__dirname + ' +
      '\'/../themes/generic-logging.js\'));');
    return;
  }
  for (var style in theme) {
    (function(style) {
      colors[style] = function(str) {
        if (typeof theme[style] === 'object') {
          var out = str;
          for (var i in theme[style]) {
            out = colors[theme[style][i]](out);
          }
          return out;
        }
        return colors[theme[style]](str);
      };
    })(style);
  }
};

function init() {
  var ret = {};
  Object.keys(styles).forEach(function(name) {
    ret[name] = {
      get: function() {
        return build([name]);
      },
    };
  });
  return ret;
}

var sequencer = function sequencer(map, str) {
  var exploded = str.split('');
  exploded = exploded.map(map);
  return exploded.join('');
};

// custom formatter methods
colors.trap = __nccwpck_require__(2154);
colors.zalgo = __nccwpck_require__(9312);

// maps
colors.maps = {};
colors.maps.america = __nccwpck_require__(8881)(colors);
colors.maps.zebra = __nccwpck_require__(5337)(colors);
colors.maps.rainbow = __nccwpck_require__(8543)(colors);
colors.maps.random = __nccwpck_require__(1298)(colors);

for (var map in colors.maps) {
  (function(map) {
    colors[map] = function(str) {
      return sequencer(colors.maps[map], str);
    };
  })(map);
}

defineProps(colors, init());


/***/ }),

/***/ 2154:
/***/ ((module) => {

module['exports'] = function runTheTrap(text, options) {
  var result = '';
  text = text || 'Run the trap, drop the bass';
  text = text.split('');
  var trap = {
    a: ['\u0040', '\u0104', '\u023a', '\u0245', '\u0394', '\u039b', '\u0414'],
    b: ['\u00df', '\u0181', '\u0243', '\u026e', '\u03b2', '\u0e3f'],
    c: ['\u00a9', '\u023b', '\u03fe'],
    d: ['\u00d0', '\u018a', '\u0500', '\u0501', '\u0502', '\u0503'],
    e: ['\u00cb', '\u0115', '\u018e', '\u0258', '\u03a3', '\u03be', '\u04bc',
      '\u0a6c'],
    f: ['\u04fa'],
    g: ['\u0262'],
    h: ['\u0126', '\u0195', '\u04a2', '\u04ba', '\u04c7', '\u050a'],
    i: ['\u0f0f'],
    j: ['\u0134'],
    k: ['\u0138', '\u04a0', '\u04c3', '\u051e'],
    l: ['\u0139'],
    m: ['\u028d', '\u04cd', '\u04ce', '\u0520', '\u0521', '\u0d69'],
    n: ['\u00d1', '\u014b', '\u019d', '\u0376', '\u03a0', '\u048a'],
    o: ['\u00d8', '\u00f5', '\u00f8', '\u01fe', '\u0298', '\u047a', '\u05dd',
      '\u06dd', '\u0e4f'],
    p: ['\u01f7', '\u048e'],
    q: ['\u09cd'],
    r: ['\u00ae', '\u01a6', '\u0210', '\u024c', '\u0280', '\u042f'],
    s: ['\u00a7', '\u03de', '\u03df', '\u03e8'],
    t: ['\u0141', '\u0166', '\u0373'],
    u: ['\u01b1', '\u054d'],
    v: ['\u05d8'],
    w: ['\u0428', '\u0460', '\u047c', '\u0d70'],
    x: ['\u04b2', '\u04fe', '\u04fc', '\u04fd'],
    y: ['\u00a5', '\u04b0', '\u04cb'],
    z: ['\u01b5', '\u0240'],
  };
  text.forEach(function(c) {
    c = c.toLowerCase();
    var chars = trap[c] || [' '];
    var rand = Math.floor(Math.random() * chars.length);
    if (typeof trap[c] !== 'undefined') {
      result += trap[c][rand];
    } else {
      result += c;
    }
  });
  return result;
};


/***/ }),

/***/ 9312:
/***/ ((module) => {

// please no
module['exports'] = function zalgo(text, options) {
  text = text || '   he is here   ';
  var soul = {
    'up': [
      '̍', '̎', '̄', '̅',
      '̿', '̑', '̆', '̐',
      '͒', '͗', '͑', '̇',
      '̈', '̊', '͂', '̓',
      '̈', '͊', '͋', '͌',
      '̃', '̂', '̌', '͐',
      '̀', '́', '̋', '̏',
      '̒', '̓', '̔', '̽',
      '̉', 'ͣ', 'ͤ', 'ͥ',
      'ͦ', 'ͧ', 'ͨ', 'ͩ',
      'ͪ', 'ͫ', 'ͬ', 'ͭ',
      'ͮ', 'ͯ', '̾', '͛',
      '͆', '̚',
    ],
    'down': [
      '̖', '̗', '̘', '̙',
      '̜', '̝', '̞', '̟',
      '̠', '̤', '̥', '̦',
      '̩', '̪', '̫', '̬',
      '̭', '̮', '̯', '̰',
      '̱', '̲', '̳', '̹',
      '̺', '̻', '̼', 'ͅ',
      '͇', '͈', '͉', '͍',
      '͎', '͓', '͔', '͕',
      '͖', '͙', '͚', '̣',
    ],
    'mid': [
      '̕', '̛', '̀', '́',
      '͘', '̡', '̢', '̧',
      '̨', '̴', '̵', '̶',
      '͜', '͝', '͞',
      '͟', '͠', '͢', '̸',
      '̷', '͡', ' ҉',
    ],
  };
  var all = [].concat(soul.up, soul.down, soul.mid);

  function randomNumber(range) {
    var r = Math.floor(Math.random() * range);
    return r;
  }

  function isChar(character) {
    var bool = false;
    all.filter(function(i) {
      bool = (i === character);
    });
    return bool;
  }


  function heComes(text, options) {
    var result = '';
    var counts;
    var l;
    options = options || {};
    options['up'] =
      typeof options['up'] !== 'undefined' ? options['up'] : true;
    options['mid'] =
      typeof options['mid'] !== 'undefined' ? options['mid'] : true;
    options['down'] =
      typeof options['down'] !== 'undefined' ? options['down'] : true;
    options['size'] =
      typeof options['size'] !== 'undefined' ? options['size'] : 'maxi';
    text = text.split('');
    for (l in text) {
      if (isChar(l)) {
        continue;
      }
      result = result + text[l];
      counts = {'up': 0, 'down': 0, 'mid': 0};
      switch (options.size) {
        case 'mini':
          counts.up = randomNumber(8);
          counts.mid = randomNumber(2);
          counts.down = randomNumber(8);
          break;
        case 'maxi':
          counts.up = randomNumber(16) + 3;
          counts.mid = randomNumber(4) + 1;
          counts.down = randomNumber(64) + 3;
          break;
        default:
          counts.up = randomNumber(8) + 1;
          counts.mid = randomNumber(6) / 2;
          counts.down = randomNumber(8) + 1;
          break;
      }

      var arr = ['up', 'mid', 'down'];
      for (var d in arr) {
        var index = arr[d];
        for (var i = 0; i <= counts[index]; i++) {
          if (options[index]) {
            result = result + soul[index][randomNumber(soul[index].length)];
          }
        }
      }
    }
    return result;
  }
  // don't summon him
  return heComes(text, options);
};



/***/ }),

/***/ 8881:
/***/ ((module) => {

module['exports'] = function(colors) {
  return function(letter, i, exploded) {
    if (letter === ' ') return letter;
    switch (i%3) {
      case 0: return colors.red(letter);
      case 1: return colors.white(letter);
      case 2: return colors.blue(letter);
    }
  };
};


/***/ }),

/***/ 8543:
/***/ ((module) => {

module['exports'] = function(colors) {
  // RoY G BiV
  var rainbowColors = ['red', 'yellow', 'green', 'blue', 'magenta'];
  return function(letter, i, exploded) {
    if (letter === ' ') {
      return letter;
    } else {
      return colors[rainbowColors[i++ % rainbowColors.length]](letter);
    }
  };
};



/***/ }),

/***/ 1298:
/***/ ((module) => {

module['exports'] = function(colors) {
  var available = ['underline', 'inverse', 'grey', 'yellow', 'red', 'green',
    'blue', 'white', 'cyan', 'magenta', 'brightYellow', 'brightRed',
    'brightGreen', 'brightBlue', 'brightWhite', 'brightCyan', 'brightMagenta'];
  return function(letter, i, exploded) {
    return letter === ' ' ? letter :
      colors[
          available[Math.round(Math.random() * (available.length - 2))]
      ](letter);
  };
};


/***/ }),

/***/ 5337:
/***/ ((module) => {

module['exports'] = function(colors) {
  return function(letter, i, exploded) {
    return i % 2 === 0 ? letter : colors.inverse(letter);
  };
};


/***/ }),

/***/ 2251:
/***/ ((module) => {

/*
The MIT License (MIT)

Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (sindresorhus.com)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.

*/

var styles = {};
module['exports'] = styles;

var codes = {
  reset: [0, 0],

  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],

  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  gray: [90, 39],
  grey: [90, 39],

  brightRed: [91, 39],
  brightGreen: [92, 39],
  brightYellow: [93, 39],
  brightBlue: [94, 39],
  brightMagenta: [95, 39],
  brightCyan: [96, 39],
  brightWhite: [97, 39],

  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  bgGray: [100, 49],
  bgGrey: [100, 49],

  bgBrightRed: [101, 49],
  bgBrightGreen: [102, 49],
  bgBrightYellow: [103, 49],
  bgBrightBlue: [104, 49],
  bgBrightMagenta: [105, 49],
  bgBrightCyan: [106, 49],
  bgBrightWhite: [107, 49],

  // legacy styles for colors pre v1.0.0
  blackBG: [40, 49],
  redBG: [41, 49],
  greenBG: [42, 49],
  yellowBG: [43, 49],
  blueBG: [44, 49],
  magentaBG: [45, 49],
  cyanBG: [46, 49],
  whiteBG: [47, 49],

};

Object.keys(codes).forEach(function(key) {
  var val = codes[key];
  var style = styles[key] = [];
  style.open = '\u001b[' + val[0] + 'm';
  style.close = '\u001b[' + val[1] + 'm';
});


/***/ }),

/***/ 4982:
/***/ ((module) => {

/*
MIT License

Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (sindresorhus.com)

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
of the Software, and to permit persons to whom the Software is furnished to do
so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/



module.exports = function(flag, argv) {
  argv = argv || process.argv;

  var terminatorPos = argv.indexOf('--');
  var prefix = /^-{1,2}/.test(flag) ? '' : '--';
  var pos = argv.indexOf(prefix + flag);

  return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
};


/***/ }),

/***/ 8740:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*
The MIT License (MIT)

Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (sindresorhus.com)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.

*/



var os = __nccwpck_require__(857);
var hasFlag = __nccwpck_require__(4982);

var env = process.env;

var forceColor = void 0;
if (hasFlag('no-color') || hasFlag('no-colors') || hasFlag('color=false')) {
  forceColor = false;
} else if (hasFlag('color') || hasFlag('colors') || hasFlag('color=true')
           || hasFlag('color=always')) {
  forceColor = true;
}
if ('FORCE_COLOR' in env) {
  forceColor = env.FORCE_COLOR.length === 0
    || parseInt(env.FORCE_COLOR, 10) !== 0;
}

function translateLevel(level) {
  if (level === 0) {
    return false;
  }

  return {
    level: level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3,
  };
}

function supportsColor(stream) {
  if (forceColor === false) {
    return 0;
  }

  if (hasFlag('color=16m') || hasFlag('color=full')
      || hasFlag('color=truecolor')) {
    return 3;
  }

  if (hasFlag('color=256')) {
    return 2;
  }

  if (stream && !stream.isTTY && forceColor !== true) {
    return 0;
  }

  var min = forceColor ? 1 : 0;

  if (process.platform === 'win32') {
    // Node.js 7.5.0 is the first version of Node.js to include a patch to
    // libuv that enables 256 color output on Windows. Anything earlier and it
    // won't work. However, here we target Node.js 8 at minimum as it is an LTS
    // release, and Node.js 7 is not. Windows 10 build 10586 is the first
    // Windows release that supports 256 colors. Windows 10 build 14931 is the
    // first release that supports 16m/TrueColor.
    var osRelease = os.release().split('.');
    if (Number(process.versions.node.split('.')[0]) >= 8
        && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }

    return 1;
  }

  if ('CI' in env) {
    if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI'].some(function(sign) {
      return sign in env;
    }) || env.CI_NAME === 'codeship') {
      return 1;
    }

    return min;
  }

  if ('TEAMCITY_VERSION' in env) {
    return (/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0
    );
  }

  if ('TERM_PROGRAM' in env) {
    var version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

    switch (env.TERM_PROGRAM) {
      case 'iTerm.app':
        return version >= 3 ? 3 : 2;
      case 'Hyper':
        return 3;
      case 'Apple_Terminal':
        return 2;
      // No default
    }
  }

  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }

  if (/^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }

  if ('COLORTERM' in env) {
    return 1;
  }

  if (env.TERM === 'dumb') {
    return min;
  }

  return min;
}

function getSupportLevel(stream) {
  var level = supportsColor(stream);
  return translateLevel(level);
}

module.exports = {
  supportsColor: getSupportLevel,
  stdout: getSupportLevel(process.stdout),
  stderr: getSupportLevel(process.stderr),
};


/***/ }),

/***/ 2708:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

//
// Remark: Requiring this file will use the "safe" colors API,
// which will not touch String.prototype.
//
//   var colors = require('colors/safe');
//   colors.red("foo")
//
//
var colors = __nccwpck_require__(9693);
module['exports'] = colors;


/***/ }),

/***/ 21:
/***/ ((module) => {



module.exports = ({onlyFirst = false} = {}) => {
	const pattern = [
		'[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)',
		'(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))'
	].join('|');

	return new RegExp(pattern, onlyFirst ? undefined : 'g');
};


/***/ }),

/***/ 5832:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(9441);

/***/ }),

/***/ 6573:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { info, debug } = __nccwpck_require__(7150);
const utils = __nccwpck_require__(8268);

class Cell {
  /**
   * A representation of a cell within the table.
   * Implementations must have `init` and `draw` methods,
   * as well as `colSpan`, `rowSpan`, `desiredHeight` and `desiredWidth` properties.
   * @param options
   * @constructor
   */
  constructor(options) {
    this.setOptions(options);

    /**
     * Each cell will have it's `x` and `y` values set by the `layout-manager` prior to
     * `init` being called;
     * @type {Number}
     */
    this.x = null;
    this.y = null;
  }

  setOptions(options) {
    if (['boolean', 'number', 'bigint', 'string'].indexOf(typeof options) !== -1) {
      options = { content: '' + options };
    }
    options = options || {};
    this.options = options;
    let content = options.content;
    if (['boolean', 'number', 'bigint', 'string'].indexOf(typeof content) !== -1) {
      this.content = String(content);
    } else if (!content) {
      this.content = this.options.href || '';
    } else {
      throw new Error('Content needs to be a primitive, got: ' + typeof content);
    }
    this.colSpan = options.colSpan || 1;
    this.rowSpan = options.rowSpan || 1;
    if (this.options.href) {
      Object.defineProperty(this, 'href', {
        get() {
          return this.options.href;
        },
      });
    }
  }

  mergeTableOptions(tableOptions, cells) {
    this.cells = cells;

    let optionsChars = this.options.chars || {};
    let tableChars = tableOptions.chars;
    let chars = (this.chars = {});
    CHAR_NAMES.forEach(function (name) {
      setOption(optionsChars, tableChars, name, chars);
    });

    this.truncate = this.options.truncate || tableOptions.truncate;

    let style = (this.options.style = this.options.style || {});
    let tableStyle = tableOptions.style;
    setOption(style, tableStyle, 'padding-left', this);
    setOption(style, tableStyle, 'padding-right', this);
    this.head = style.head || tableStyle.head;
    this.border = style.border || tableStyle.border;

    this.fixedWidth = tableOptions.colWidths[this.x];
    this.lines = this.computeLines(tableOptions);

    this.desiredWidth = utils.strlen(this.content) + this.paddingLeft + this.paddingRight;
    this.desiredHeight = this.lines.length;
  }

  computeLines(tableOptions) {
    const tableWordWrap = tableOptions.wordWrap || tableOptions.textWrap;
    const { wordWrap = tableWordWrap } = this.options;
    if (this.fixedWidth && wordWrap) {
      this.fixedWidth -= this.paddingLeft + this.paddingRight;
      if (this.colSpan) {
        let i = 1;
        while (i < this.colSpan) {
          this.fixedWidth += tableOptions.colWidths[this.x + i];
          i++;
        }
      }
      const { wrapOnWordBoundary: tableWrapOnWordBoundary = true } = tableOptions;
      const { wrapOnWordBoundary = tableWrapOnWordBoundary } = this.options;
      return this.wrapLines(utils.wordWrap(this.fixedWidth, this.content, wrapOnWordBoundary));
    }
    return this.wrapLines(this.content.split('\n'));
  }

  wrapLines(computedLines) {
    const lines = utils.colorizeLines(computedLines);
    if (this.href) {
      return lines.map((line) => utils.hyperlink(this.href, line));
    }
    return lines;
  }

  /**
   * Initializes the Cells data structure.
   *
   * @param tableOptions - A fully populated set of tableOptions.
   * In addition to the standard default values, tableOptions must have fully populated the
   * `colWidths` and `rowWidths` arrays. Those arrays must have lengths equal to the number
   * of columns or rows (respectively) in this table, and each array item must be a Number.
   *
   */
  init(tableOptions) {
    let x = this.x;
    let y = this.y;
    this.widths = tableOptions.colWidths.slice(x, x + this.colSpan);
    this.heights = tableOptions.rowHeights.slice(y, y + this.rowSpan);
    this.width = this.widths.reduce(sumPlusOne, -1);
    this.height = this.heights.reduce(sumPlusOne, -1);

    this.hAlign = this.options.hAlign || tableOptions.colAligns[x];
    this.vAlign = this.options.vAlign || tableOptions.rowAligns[y];

    this.drawRight = x + this.colSpan == tableOptions.colWidths.length;
  }

  /**
   * Draws the given line of the cell.
   * This default implementation defers to methods `drawTop`, `drawBottom`, `drawLine` and `drawEmpty`.
   * @param lineNum - can be `top`, `bottom` or a numerical line number.
   * @param spanningCell - will be a number if being called from a RowSpanCell, and will represent how
   * many rows below it's being called from. Otherwise it's undefined.
   * @returns {String} The representation of this line.
   */
  draw(lineNum, spanningCell) {
    if (lineNum == 'top') return this.drawTop(this.drawRight);
    if (lineNum == 'bottom') return this.drawBottom(this.drawRight);
    let content = utils.truncate(this.content, 10, this.truncate);
    if (!lineNum) {
      info(`${this.y}-${this.x}: ${this.rowSpan - lineNum}x${this.colSpan} Cell ${content}`);
    } else {
      // debug(`${lineNum}-${this.x}: 1x${this.colSpan} RowSpanCell ${content}`);
    }
    let padLen = Math.max(this.height - this.lines.length, 0);
    let padTop;
    switch (this.vAlign) {
      case 'center':
        padTop = Math.ceil(padLen / 2);
        break;
      case 'bottom':
        padTop = padLen;
        break;
      default:
        padTop = 0;
    }
    if (lineNum < padTop || lineNum >= padTop + this.lines.length) {
      return this.drawEmpty(this.drawRight, spanningCell);
    }
    let forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
    return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
  }

  /**
   * Renders the top line of the cell.
   * @param drawRight - true if this method should render the right edge of the cell.
   * @returns {String}
   */
  drawTop(drawRight) {
    let content = [];
    if (this.cells) {
      //TODO: cells should always exist - some tests don't fill it in though
      this.widths.forEach(function (width, index) {
        content.push(this._topLeftChar(index));
        content.push(utils.repeat(this.chars[this.y == 0 ? 'top' : 'mid'], width));
      }, this);
    } else {
      content.push(this._topLeftChar(0));
      content.push(utils.repeat(this.chars[this.y == 0 ? 'top' : 'mid'], this.width));
    }
    if (drawRight) {
      content.push(this.chars[this.y == 0 ? 'topRight' : 'rightMid']);
    }
    return this.wrapWithStyleColors('border', content.join(''));
  }

  _topLeftChar(offset) {
    let x = this.x + offset;
    let leftChar;
    if (this.y == 0) {
      leftChar = x == 0 ? 'topLeft' : offset == 0 ? 'topMid' : 'top';
    } else {
      if (x == 0) {
        leftChar = 'leftMid';
      } else {
        leftChar = offset == 0 ? 'midMid' : 'bottomMid';
        if (this.cells) {
          //TODO: cells should always exist - some tests don't fill it in though
          let spanAbove = this.cells[this.y - 1][x] instanceof Cell.ColSpanCell;
          if (spanAbove) {
            leftChar = offset == 0 ? 'topMid' : 'mid';
          }
          if (offset == 0) {
            let i = 1;
            while (this.cells[this.y][x - i] instanceof Cell.ColSpanCell) {
              i++;
            }
            if (this.cells[this.y][x - i] instanceof Cell.RowSpanCell) {
              leftChar = 'leftMid';
            }
          }
        }
      }
    }
    return this.chars[leftChar];
  }

  wrapWithStyleColors(styleProperty, content) {
    if (this[styleProperty] && this[styleProperty].length) {
      try {
        let colors = __nccwpck_require__(2708);
        for (let i = this[styleProperty].length - 1; i >= 0; i--) {
          colors = colors[this[styleProperty][i]];
        }
        return colors(content);
      } catch (e) {
        return content;
      }
    } else {
      return content;
    }
  }

  /**
   * Renders a line of text.
   * @param lineNum - Which line of text to render. This is not necessarily the line within the cell.
   * There may be top-padding above the first line of text.
   * @param drawRight - true if this method should render the right edge of the cell.
   * @param forceTruncationSymbol - `true` if the rendered text should end with the truncation symbol even
   * if the text fits. This is used when the cell is vertically truncated. If `false` the text should
   * only include the truncation symbol if the text will not fit horizontally within the cell width.
   * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
   * @returns {String}
   */
  drawLine(lineNum, drawRight, forceTruncationSymbol, spanningCell) {
    let left = this.chars[this.x == 0 ? 'left' : 'middle'];
    if (this.x && spanningCell && this.cells) {
      let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
      while (cellLeft instanceof ColSpanCell) {
        cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
      }
      if (!(cellLeft instanceof RowSpanCell)) {
        left = this.chars['rightMid'];
      }
    }
    let leftPadding = utils.repeat(' ', this.paddingLeft);
    let right = drawRight ? this.chars['right'] : '';
    let rightPadding = utils.repeat(' ', this.paddingRight);
    let line = this.lines[lineNum];
    let len = this.width - (this.paddingLeft + this.paddingRight);
    if (forceTruncationSymbol) line += this.truncate || '…';
    let content = utils.truncate(line, len, this.truncate);
    content = utils.pad(content, len, ' ', this.hAlign);
    content = leftPadding + content + rightPadding;
    return this.stylizeLine(left, content, right);
  }

  stylizeLine(left, content, right) {
    left = this.wrapWithStyleColors('border', left);
    right = this.wrapWithStyleColors('border', right);
    if (this.y === 0) {
      content = this.wrapWithStyleColors('head', content);
    }
    return left + content + right;
  }

  /**
   * Renders the bottom line of the cell.
   * @param drawRight - true if this method should render the right edge of the cell.
   * @returns {String}
   */
  drawBottom(drawRight) {
    let left = this.chars[this.x == 0 ? 'bottomLeft' : 'bottomMid'];
    let content = utils.repeat(this.chars.bottom, this.width);
    let right = drawRight ? this.chars['bottomRight'] : '';
    return this.wrapWithStyleColors('border', left + content + right);
  }

  /**
   * Renders a blank line of text within the cell. Used for top and/or bottom padding.
   * @param drawRight - true if this method should render the right edge of the cell.
   * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
   * @returns {String}
   */
  drawEmpty(drawRight, spanningCell) {
    let left = this.chars[this.x == 0 ? 'left' : 'middle'];
    if (this.x && spanningCell && this.cells) {
      let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
      while (cellLeft instanceof ColSpanCell) {
        cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
      }
      if (!(cellLeft instanceof RowSpanCell)) {
        left = this.chars['rightMid'];
      }
    }
    let right = drawRight ? this.chars['right'] : '';
    let content = utils.repeat(' ', this.width);
    return this.stylizeLine(left, content, right);
  }
}

class ColSpanCell {
  /**
   * A Cell that doesn't do anything. It just draws empty lines.
   * Used as a placeholder in column spanning.
   * @constructor
   */
  constructor() {}

  draw(lineNum) {
    if (typeof lineNum === 'number') {
      debug(`${this.y}-${this.x}: 1x1 ColSpanCell`);
    }
    return '';
  }

  init() {}

  mergeTableOptions() {}
}

class RowSpanCell {
  /**
   * A placeholder Cell for a Cell that spans multiple rows.
   * It delegates rendering to the original cell, but adds the appropriate offset.
   * @param originalCell
   * @constructor
   */
  constructor(originalCell) {
    this.originalCell = originalCell;
  }

  init(tableOptions) {
    let y = this.y;
    let originalY = this.originalCell.y;
    this.cellOffset = y - originalY;
    this.offset = findDimension(tableOptions.rowHeights, originalY, this.cellOffset);
  }

  draw(lineNum) {
    if (lineNum == 'top') {
      return this.originalCell.draw(this.offset, this.cellOffset);
    }
    if (lineNum == 'bottom') {
      return this.originalCell.draw('bottom');
    }
    debug(`${this.y}-${this.x}: 1x${this.colSpan} RowSpanCell for ${this.originalCell.content}`);
    return this.originalCell.draw(this.offset + 1 + lineNum);
  }

  mergeTableOptions() {}
}

function firstDefined(...args) {
  return args.filter((v) => v !== undefined && v !== null).shift();
}

// HELPER FUNCTIONS
function setOption(objA, objB, nameB, targetObj) {
  let nameA = nameB.split('-');
  if (nameA.length > 1) {
    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
    nameA = nameA.join('');
    targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
  } else {
    targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
  }
}

function findDimension(dimensionTable, startingIndex, span) {
  let ret = dimensionTable[startingIndex];
  for (let i = 1; i < span; i++) {
    ret += 1 + dimensionTable[startingIndex + i];
  }
  return ret;
}

function sumPlusOne(a, b) {
  return a + b + 1;
}

let CHAR_NAMES = [
  'top',
  'top-mid',
  'top-left',
  'top-right',
  'bottom',
  'bottom-mid',
  'bottom-left',
  'bottom-right',
  'left',
  'left-mid',
  'mid',
  'mid-mid',
  'right',
  'right-mid',
  'middle',
];

module.exports = Cell;
module.exports.ColSpanCell = ColSpanCell;
module.exports.RowSpanCell = RowSpanCell;


/***/ }),

/***/ 7150:
/***/ ((module) => {

let messages = [];
let level = 0;

const debug = (msg, min) => {
  if (level >= min) {
    messages.push(msg);
  }
};

debug.WARN = 1;
debug.INFO = 2;
debug.DEBUG = 3;

debug.reset = () => {
  messages = [];
};

debug.setDebugLevel = (v) => {
  level = v;
};

debug.warn = (msg) => debug(msg, debug.WARN);
debug.info = (msg) => debug(msg, debug.INFO);
debug.debug = (msg) => debug(msg, debug.DEBUG);

debug.debugMessages = () => messages;

module.exports = debug;


/***/ }),

/***/ 2237:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { warn, debug } = __nccwpck_require__(7150);
const Cell = __nccwpck_require__(6573);
const { ColSpanCell, RowSpanCell } = Cell;

(function () {
  function next(alloc, col) {
    if (alloc[col] > 0) {
      return next(alloc, col + 1);
    }
    return col;
  }

  function layoutTable(table) {
    let alloc = {};
    table.forEach(function (row, rowIndex) {
      let col = 0;
      row.forEach(function (cell) {
        cell.y = rowIndex;
        // Avoid erroneous call to next() on first row
        cell.x = rowIndex ? next(alloc, col) : col;
        const rowSpan = cell.rowSpan || 1;
        const colSpan = cell.colSpan || 1;
        if (rowSpan > 1) {
          for (let cs = 0; cs < colSpan; cs++) {
            alloc[cell.x + cs] = rowSpan;
          }
        }
        col = cell.x + colSpan;
      });
      Object.keys(alloc).forEach((idx) => {
        alloc[idx]--;
        if (alloc[idx] < 1) delete alloc[idx];
      });
    });
  }

  function maxWidth(table) {
    let mw = 0;
    table.forEach(function (row) {
      row.forEach(function (cell) {
        mw = Math.max(mw, cell.x + (cell.colSpan || 1));
      });
    });
    return mw;
  }

  function maxHeight(table) {
    return table.length;
  }

  function cellsConflict(cell1, cell2) {
    let yMin1 = cell1.y;
    let yMax1 = cell1.y - 1 + (cell1.rowSpan || 1);
    let yMin2 = cell2.y;
    let yMax2 = cell2.y - 1 + (cell2.rowSpan || 1);
    let yConflict = !(yMin1 > yMax2 || yMin2 > yMax1);

    let xMin1 = cell1.x;
    let xMax1 = cell1.x - 1 + (cell1.colSpan || 1);
    let xMin2 = cell2.x;
    let xMax2 = cell2.x - 1 + (cell2.colSpan || 1);
    let xConflict = !(xMin1 > xMax2 || xMin2 > xMax1);

    return yConflict && xConflict;
  }

  function conflictExists(rows, x, y) {
    let i_max = Math.min(rows.length - 1, y);
    let cell = { x: x, y: y };
    for (let i = 0; i <= i_max; i++) {
      let row = rows[i];
      for (let j = 0; j < row.length; j++) {
        if (cellsConflict(cell, row[j])) {
          return true;
        }
      }
    }
    return false;
  }

  function allBlank(rows, y, xMin, xMax) {
    for (let x = xMin; x < xMax; x++) {
      if (conflictExists(rows, x, y)) {
        return false;
      }
    }
    return true;
  }

  function addRowSpanCells(table) {
    table.forEach(function (row, rowIndex) {
      row.forEach(function (cell) {
        for (let i = 1; i < cell.rowSpan; i++) {
          let rowSpanCell = new RowSpanCell(cell);
          rowSpanCell.x = cell.x;
          rowSpanCell.y = cell.y + i;
          rowSpanCell.colSpan = cell.colSpan;
          insertCell(rowSpanCell, table[rowIndex + i]);
        }
      });
    });
  }

  function addColSpanCells(cellRows) {
    for (let rowIndex = cellRows.length - 1; rowIndex >= 0; rowIndex--) {
      let cellColumns = cellRows[rowIndex];
      for (let columnIndex = 0; columnIndex < cellColumns.length; columnIndex++) {
        let cell = cellColumns[columnIndex];
        for (let k = 1; k < cell.colSpan; k++) {
          let colSpanCell = new ColSpanCell();
          colSpanCell.x = cell.x + k;
          colSpanCell.y = cell.y;
          cellColumns.splice(columnIndex + 1, 0, colSpanCell);
        }
      }
    }
  }

  function insertCell(cell, row) {
    let x = 0;
    while (x < row.length && row[x].x < cell.x) {
      x++;
    }
    row.splice(x, 0, cell);
  }

  function fillInTable(table) {
    let h_max = maxHeight(table);
    let w_max = maxWidth(table);
    debug(`Max rows: ${h_max}; Max cols: ${w_max}`);
    for (let y = 0; y < h_max; y++) {
      for (let x = 0; x < w_max; x++) {
        if (!conflictExists(table, x, y)) {
          let opts = { x: x, y: y, colSpan: 1, rowSpan: 1 };
          x++;
          while (x < w_max && !conflictExists(table, x, y)) {
            opts.colSpan++;
            x++;
          }
          let y2 = y + 1;
          while (y2 < h_max && allBlank(table, y2, opts.x, opts.x + opts.colSpan)) {
            opts.rowSpan++;
            y2++;
          }
          let cell = new Cell(opts);
          cell.x = opts.x;
          cell.y = opts.y;
          warn(`Missing cell at ${cell.y}-${cell.x}.`);
          insertCell(cell, table[y]);
        }
      }
    }
  }

  function generateCells(rows) {
    return rows.map(function (row) {
      if (!Array.isArray(row)) {
        let key = Object.keys(row)[0];
        row = row[key];
        if (Array.isArray(row)) {
          row = row.slice();
          row.unshift(key);
        } else {
          row = [key, row];
        }
      }
      return row.map(function (cell) {
        return new Cell(cell);
      });
    });
  }

  function makeTableLayout(rows) {
    let cellRows = generateCells(rows);
    layoutTable(cellRows);
    fillInTable(cellRows);
    addRowSpanCells(cellRows);
    addColSpanCells(cellRows);
    return cellRows;
  }

  module.exports = {
    makeTableLayout: makeTableLayout,
    layoutTable: layoutTable,
    addRowSpanCells: addRowSpanCells,
    maxWidth: maxWidth,
    fillInTable: fillInTable,
    computeWidths: makeComputeWidths('colSpan', 'desiredWidth', 'x', 1),
    computeHeights: makeComputeWidths('rowSpan', 'desiredHeight', 'y', 1),
  };
})();

function makeComputeWidths(colSpan, desiredWidth, x, forcedMin) {
  return function (vals, table) {
    let result = [];
    let spanners = [];
    let auto = {};
    table.forEach(function (row) {
      row.forEach(function (cell) {
        if ((cell[colSpan] || 1) > 1) {
          spanners.push(cell);
        } else {
          result[cell[x]] = Math.max(result[cell[x]] || 0, cell[desiredWidth] || 0, forcedMin);
        }
      });
    });

    vals.forEach(function (val, index) {
      if (typeof val === 'number') {
        result[index] = val;
      }
    });

    //spanners.forEach(function(cell){
    for (let k = spanners.length - 1; k >= 0; k--) {
      let cell = spanners[k];
      let span = cell[colSpan];
      let col = cell[x];
      let existingWidth = result[col];
      let editableCols = typeof vals[col] === 'number' ? 0 : 1;
      if (typeof existingWidth === 'number') {
        for (let i = 1; i < span; i++) {
          existingWidth += 1 + result[col + i];
          if (typeof vals[col + i] !== 'number') {
            editableCols++;
          }
        }
      } else {
        existingWidth = desiredWidth === 'desiredWidth' ? cell.desiredWidth - 1 : 1;
        if (!auto[col] || auto[col] < existingWidth) {
          auto[col] = existingWidth;
        }
      }

      if (cell[desiredWidth] > existingWidth) {
        let i = 0;
        while (editableCols > 0 && cell[desiredWidth] > existingWidth) {
          if (typeof vals[col + i] !== 'number') {
            let dif = Math.round((cell[desiredWidth] - existingWidth) / editableCols);
            existingWidth += dif;
            result[col + i] += dif;
            editableCols--;
          }
          i++;
        }
      }
    }

    Object.assign(vals, result, auto);
    for (let j = 0; j < vals.length; j++) {
      vals[j] = Math.max(forcedMin, vals[j] || 0);
    }
  };
}


/***/ }),

/***/ 9441:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const debug = __nccwpck_require__(7150);
const utils = __nccwpck_require__(8268);
const tableLayout = __nccwpck_require__(2237);

class Table extends Array {
  constructor(opts) {
    super();

    const options = utils.mergeOptions(opts);
    Object.defineProperty(this, 'options', {
      value: options,
      enumerable: options.debug,
    });

    if (options.debug) {
      switch (typeof options.debug) {
        case 'boolean':
          debug.setDebugLevel(debug.WARN);
          break;
        case 'number':
          debug.setDebugLevel(options.debug);
          break;
        case 'string':
          debug.setDebugLevel(parseInt(options.debug, 10));
          break;
        default:
          debug.setDebugLevel(debug.WARN);
          debug.warn(`Debug option is expected to be boolean, number, or string. Received a ${typeof options.debug}`);
      }
      Object.defineProperty(this, 'messages', {
        get() {
          return debug.debugMessages();
        },
      });
    }
  }

  toString() {
    let array = this;
    let headersPresent = this.options.head && this.options.head.length;
    if (headersPresent) {
      array = [this.options.head];
      if (this.length) {
        array.push.apply(array, this);
      }
    } else {
      this.options.style.head = [];
    }

    let cells = tableLayout.makeTableLayout(array);

    cells.forEach(function (row) {
      row.forEach(function (cell) {
        cell.mergeTableOptions(this.options, cells);
      }, this);
    }, this);

    tableLayout.computeWidths(this.options.colWidths, cells);
    tableLayout.computeHeights(this.options.rowHeights, cells);

    cells.forEach(function (row) {
      row.forEach(function (cell) {
        cell.init(this.options);
      }, this);
    }, this);

    let result = [];

    for (let rowIndex = 0; rowIndex < cells.length; rowIndex++) {
      let row = cells[rowIndex];
      let heightOfRow = this.options.rowHeights[rowIndex];

      if (rowIndex === 0 || !this.options.style.compact || (rowIndex == 1 && headersPresent)) {
        doDraw(row, 'top', result);
      }

      for (let lineNum = 0; lineNum < heightOfRow; lineNum++) {
        doDraw(row, lineNum, result);
      }

      if (rowIndex + 1 == cells.length) {
        doDraw(row, 'bottom', result);
      }
    }

    return result.join('\n');
  }

  get width() {
    let str = this.toString().split('\n');
    return str[0].length;
  }
}

Table.reset = () => debug.reset();

function doDraw(row, lineNum, result) {
  let line = [];
  row.forEach(function (cell) {
    line.push(cell.draw(lineNum));
  });
  let str = line.join('');
  if (str.length) result.push(str);
}

module.exports = Table;


/***/ }),

/***/ 8268:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const stringWidth = __nccwpck_require__(60);

function codeRegex(capture) {
  return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
}

function strlen(str) {
  let code = codeRegex();
  let stripped = ('' + str).replace(code, '');
  let split = stripped.split('\n');
  return split.reduce(function (memo, s) {
    return stringWidth(s) > memo ? stringWidth(s) : memo;
  }, 0);
}

function repeat(str, times) {
  return Array(times + 1).join(str);
}

function pad(str, len, pad, dir) {
  let length = strlen(str);
  if (len + 1 >= length) {
    let padlen = len - length;
    switch (dir) {
      case 'right': {
        str = repeat(pad, padlen) + str;
        break;
      }
      case 'center': {
        let right = Math.ceil(padlen / 2);
        let left = padlen - right;
        str = repeat(pad, left) + str + repeat(pad, right);
        break;
      }
      default: {
        str = str + repeat(pad, padlen);
        break;
      }
    }
  }
  return str;
}

let codeCache = {};

function addToCodeCache(name, on, off) {
  on = '\u001b[' + on + 'm';
  off = '\u001b[' + off + 'm';
  codeCache[on] = { set: name, to: true };
  codeCache[off] = { set: name, to: false };
  codeCache[name] = { on: on, off: off };
}

//https://github.com/Marak/colors.js/blob/master/lib/styles.js
addToCodeCache('bold', 1, 22);
addToCodeCache('italics', 3, 23);
addToCodeCache('underline', 4, 24);
addToCodeCache('inverse', 7, 27);
addToCodeCache('strikethrough', 9, 29);

function updateState(state, controlChars) {
  let controlCode = controlChars[1] ? parseInt(controlChars[1].split(';')[0]) : 0;
  if ((controlCode >= 30 && controlCode <= 39) || (controlCode >= 90 && controlCode <= 97)) {
    state.lastForegroundAdded = controlChars[0];
    return;
  }
  if ((controlCode >= 40 && controlCode <= 49) || (controlCode >= 100 && controlCode <= 107)) {
    state.lastBackgroundAdded = controlChars[0];
    return;
  }
  if (controlCode === 0) {
    for (let i in state) {
      /* istanbul ignore else */
      if (Object.prototype.hasOwnProperty.call(state, i)) {
        delete state[i];
      }
    }
    return;
  }
  let info = codeCache[controlChars[0]];
  if (info) {
    state[info.set] = info.to;
  }
}

function readState(line) {
  let code = codeRegex(true);
  let controlChars = code.exec(line);
  let state = {};
  while (controlChars !== null) {
    updateState(state, controlChars);
    controlChars = code.exec(line);
  }
  return state;
}

function unwindState(state, ret) {
  let lastBackgroundAdded = state.lastBackgroundAdded;
  let lastForegroundAdded = state.lastForegroundAdded;

  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;

  Object.keys(state).forEach(function (key) {
    if (state[key]) {
      ret += codeCache[key].off;
    }
  });

  if (lastBackgroundAdded && lastBackgroundAdded != '\u001b[49m') {
    ret += '\u001b[49m';
  }
  if (lastForegroundAdded && lastForegroundAdded != '\u001b[39m') {
    ret += '\u001b[39m';
  }

  return ret;
}

function rewindState(state, ret) {
  let lastBackgroundAdded = state.lastBackgroundAdded;
  let lastForegroundAdded = state.lastForegroundAdded;

  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;

  Object.keys(state).forEach(function (key) {
    if (state[key]) {
      ret = codeCache[key].on + ret;
    }
  });

  if (lastBackgroundAdded && lastBackgroundAdded != '\u001b[49m') {
    ret = lastBackgroundAdded + ret;
  }
  if (lastForegroundAdded && lastForegroundAdded != '\u001b[39m') {
    ret = lastForegroundAdded + ret;
  }

  return ret;
}

function truncateWidth(str, desiredLength) {
  if (str.length === strlen(str)) {
    return str.substr(0, desiredLength);
  }

  while (strlen(str) > desiredLength) {
    str = str.slice(0, -1);
  }

  return str;
}

function truncateWidthWithAnsi(str, desiredLength) {
  let code = codeRegex(true);
  let split = str.split(codeRegex());
  let splitIndex = 0;
  let retLen = 0;
  let ret = '';
  let myArray;
  let state = {};

  while (retLen < desiredLength) {
    myArray = code.exec(str);
    let toAdd = split[splitIndex];
    splitIndex++;
    if (retLen + strlen(toAdd) > desiredLength) {
      toAdd = truncateWidth(toAdd, desiredLength - retLen);
    }
    ret += toAdd;
    retLen += strlen(toAdd);

    if (retLen < desiredLength) {
      if (!myArray) {
        break;
      } // full-width chars may cause a whitespace which cannot be filled
      ret += myArray[0];
      updateState(state, myArray);
    }
  }

  return unwindState(state, ret);
}

function truncate(str, desiredLength, truncateChar) {
  truncateChar = truncateChar || '…';
  let lengthOfStr = strlen(str);
  if (lengthOfStr <= desiredLength) {
    return str;
  }
  desiredLength -= strlen(truncateChar);

  let ret = truncateWidthWithAnsi(str, desiredLength);

  ret += truncateChar;

  const hrefTag = '\x1B]8;;\x07';

  if (str.includes(hrefTag) && !ret.includes(hrefTag)) {
    ret += hrefTag;
  }

  return ret;
}

function defaultOptions() {
  return {
    chars: {
      top: '─',
      'top-mid': '┬',
      'top-left': '┌',
      'top-right': '┐',
      bottom: '─',
      'bottom-mid': '┴',
      'bottom-left': '└',
      'bottom-right': '┘',
      left: '│',
      'left-mid': '├',
      mid: '─',
      'mid-mid': '┼',
      right: '│',
      'right-mid': '┤',
      middle: '│',
    },
    truncate: '…',
    colWidths: [],
    rowHeights: [],
    colAligns: [],
    rowAligns: [],
    style: {
      'padding-left': 1,
      'padding-right': 1,
      head: ['red'],
      border: ['grey'],
      compact: false,
    },
    head: [],
  };
}

function mergeOptions(options, defaults) {
  options = options || {};
  defaults = defaults || defaultOptions();
  let ret = Object.assign({}, defaults, options);
  ret.chars = Object.assign({}, defaults.chars, options.chars);
  ret.style = Object.assign({}, defaults.style, options.style);
  return ret;
}

// Wrap on word boundary
function wordWrap(maxLength, input) {
  let lines = [];
  let split = input.split(/(\s+)/g);
  let line = [];
  let lineLength = 0;
  let whitespace;
  for (let i = 0; i < split.length; i += 2) {
    let word = split[i];
    let newLength = lineLength + strlen(word);
    if (lineLength > 0 && whitespace) {
      newLength += whitespace.length;
    }
    if (newLength > maxLength) {
      if (lineLength !== 0) {
        lines.push(line.join(''));
      }
      line = [word];
      lineLength = strlen(word);
    } else {
      line.push(whitespace || '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) {
    lines.push(line.join(''));
  }
  return lines;
}

// Wrap text (ignoring word boundaries)
function textWrap(maxLength, input) {
  let lines = [];
  let line = '';
  function pushLine(str, ws) {
    if (line.length && ws) line += ws;
    line += str;
    while (line.length > maxLength) {
      lines.push(line.slice(0, maxLength));
      line = line.slice(maxLength);
    }
  }
  let split = input.split(/(\s+)/g);
  for (let i = 0; i < split.length; i += 2) {
    pushLine(split[i], i && split[i - 1]);
  }
  if (line.length) lines.push(line);
  return lines;
}

function multiLineWordWrap(maxLength, input, wrapOnWordBoundary = true) {
  let output = [];
  input = input.split('\n');
  const handler = wrapOnWordBoundary ? wordWrap : textWrap;
  for (let i = 0; i < input.length; i++) {
    output.push.apply(output, handler(maxLength, input[i]));
  }
  return output;
}

function colorizeLines(input) {
  let state = {};
  let output = [];
  for (let i = 0; i < input.length; i++) {
    let line = rewindState(state, input[i]);
    state = readState(line);
    let temp = Object.assign({}, state);
    output.push(unwindState(temp, line));
  }
  return output;
}

/**
 * Credit: Matheus Sampaio https://github.com/matheussampaio
 */
function hyperlink(url, text) {
  const OSC = '\u001B]';
  const BEL = '\u0007';
  const SEP = ';';

  return [OSC, '8', SEP, SEP, url || text, BEL, text, OSC, '8', SEP, SEP, BEL].join('');
}

module.exports = {
  strlen: strlen,
  repeat: repeat,
  pad: pad,
  truncate: truncate,
  mergeOptions: mergeOptions,
  wordWrap: multiLineWordWrap,
  colorizeLines: colorizeLines,
  hyperlink,
};


/***/ }),

/***/ 872:
/***/ ((module) => {



module.exports = function () {
  // https://mths.be/emoji
  return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
};


/***/ }),

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 4519:
/***/ ((module) => {

/* eslint-disable yoda */


const isFullwidthCodePoint = codePoint => {
	if (Number.isNaN(codePoint)) {
		return false;
	}

	// Code points are derived from:
	// http://www.unix.org/Public/UNIDATA/EastAsianWidth.txt
	if (
		codePoint >= 0x1100 && (
			codePoint <= 0x115F || // Hangul Jamo
			codePoint === 0x2329 || // LEFT-POINTING ANGLE BRACKET
			codePoint === 0x232A || // RIGHT-POINTING ANGLE BRACKET
			// CJK Radicals Supplement .. Enclosed CJK Letters and Months
			(0x2E80 <= codePoint && codePoint <= 0x3247 && codePoint !== 0x303F) ||
			// Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
			(0x3250 <= codePoint && codePoint <= 0x4DBF) ||
			// CJK Unified Ideographs .. Yi Radicals
			(0x4E00 <= codePoint && codePoint <= 0xA4C6) ||
			// Hangul Jamo Extended-A
			(0xA960 <= codePoint && codePoint <= 0xA97C) ||
			// Hangul Syllables
			(0xAC00 <= codePoint && codePoint <= 0xD7A3) ||
			// CJK Compatibility Ideographs
			(0xF900 <= codePoint && codePoint <= 0xFAFF) ||
			// Vertical Forms
			(0xFE10 <= codePoint && codePoint <= 0xFE19) ||
			// CJK Compatibility Forms .. Small Form Variants
			(0xFE30 <= codePoint && codePoint <= 0xFE6B) ||
			// Halfwidth and Fullwidth Forms
			(0xFF01 <= codePoint && codePoint <= 0xFF60) ||
			(0xFFE0 <= codePoint && codePoint <= 0xFFE6) ||
			// Kana Supplement
			(0x1B000 <= codePoint && codePoint <= 0x1B001) ||
			// Enclosed Ideographic Supplement
			(0x1F200 <= codePoint && codePoint <= 0x1F251) ||
			// CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
			(0x20000 <= codePoint && codePoint <= 0x3FFFD)
		)
	) {
		return true;
	}

	return false;
};

module.exports = isFullwidthCodePoint;
module.exports["default"] = isFullwidthCodePoint;


/***/ }),

/***/ 60:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const stripAnsi = __nccwpck_require__(3958);
const isFullwidthCodePoint = __nccwpck_require__(4519);
const emojiRegex = __nccwpck_require__(872);

const stringWidth = string => {
	if (typeof string !== 'string' || string.length === 0) {
		return 0;
	}

	string = stripAnsi(string);

	if (string.length === 0) {
		return 0;
	}

	string = string.replace(emojiRegex(), '  ');

	let width = 0;

	for (let i = 0; i < string.length; i++) {
		const code = string.codePointAt(i);

		// Ignore control characters
		if (code <= 0x1F || (code >= 0x7F && code <= 0x9F)) {
			continue;
		}

		// Ignore combining characters
		if (code >= 0x300 && code <= 0x36F) {
			continue;
		}

		// Surrogates
		if (code > 0xFFFF) {
			i++;
		}

		width += isFullwidthCodePoint(code) ? 2 : 1;
	}

	return width;
};

module.exports = stringWidth;
// TODO: remove this in the next major version
module.exports["default"] = stringWidth;


/***/ }),

/***/ 3958:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const ansiRegex = __nccwpck_require__(21);

module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Kl: () => (/* binding */ classOf),
/* harmony export */   Ol: () => (/* binding */ toCallFailure),
/* harmony export */   PC: () => (/* binding */ errorClass),
/* harmony export */   fp: () => (/* binding */ SCAN_DEADLINE),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   oo: () => (/* binding */ isExpiredSession),
/* harmony export */   y5: () => (/* binding */ BUG_REPORT_URL)
/* harmony export */ });
/* unused harmony exports isAccessDenied, classOfCode */
/**
 * The error code of a failed SDK call. A response that is not an AWS error document (an
 * emulator's HTML 500 for an unimplemented call) surfaces as a parse error; it becomes
 * `HttpError<status>` so reports do not blame the caller's permissions for it.
 */
function errorCode(error) {
    const e = (error ?? {});
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    const name = e.Code ?? e.name ?? e.code;
    if ((name === 'SyntaxError' || name === 'Error' || !name) && status)
        return `HttpError${status}`;
    // A connection failure is a plain Error with Node's code (ECONNREFUSED): name it by that.
    if ((name === 'Error' || !name) && typeof e.code === 'string' && /^E[A-Z_]+$/.test(e.code)) {
        return e.code;
    }
    return name ?? 'UnknownError';
}
function errorMessage(error) {
    const e = (error ?? {});
    const text = typeof e.message === 'string' && e.message ? e.message : String(error);
    return (text.split('\n')[0] ?? '').slice(0, 500);
}
function toCallFailure(operation, error) {
    return {
        operation,
        code: errorCode(error),
        message: errorMessage(error),
        class: errorClass(error),
    };
}
/** Where a defect of posture-gate itself (an `internal` failure) is reported. */
const BUG_REPORT_URL = 'https://github.com/posture-gate/posture-gate/issues';
/** The code of a call the scan deadline stopped (or never started). */
const SCAN_DEADLINE = 'ScanDeadline';
const ACCESS_DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'UnauthorizedAccess',
    'AuthorizationError',
    'AllAccessDisabled',
]);
function isAccessDenied(code) {
    return ACCESS_DENIED.has(code);
}
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException']);
/** True for the codes AWS returns when a session's credentials have expired. */
function isExpiredSession(code) {
    return EXPIRED.has(code);
}
const THROTTLED = new Set([
    'BandwidthLimitExceeded',
    'EC2ThrottledException',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ThrottledException',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
]);
/** Node's codes for a connection that could not be made or was cut, and the SDK's timeouts. */
const NETWORK = new Set([
    'EAI_AGAIN',
    'ECONNABORTED',
    'ECONNREFUSED',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENOTFOUND',
    'EPIPE',
    'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
const TIMED_OUT = new Set([
    SCAN_DEADLINE,
    'AbortError',
    'ETIMEDOUT',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
]);
/** JavaScript's own errors: thrown by code, never by AWS. */
const DEFECTS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'EvalError']);
function isNotFound(code) {
    return /NotFound|^NoSuch/.test(code);
}
/**
 * The class of a recorded failure from its code alone: for failures recorded before classes
 * existed (saved inventories and reports), and the same answer `errorClass` gives for the code.
 */
function classOfCode(code) {
    if (isAccessDenied(code))
        return 'denied';
    if (THROTTLED.has(code) || code === 'HttpError429')
        return 'throttled';
    if (TIMED_OUT.has(code))
        return 'timeout';
    if (NETWORK.has(code))
        return 'network';
    if (isNotFound(code))
        return 'not-found';
    if (/^HttpError[23]\d\d$/.test(code) || code === 'SyntaxError')
        return 'malformed';
    if (DEFECTS.has(code) || code === 'UnknownError')
        return 'internal';
    return 'service';
}
/** A recorded failure's class: the one recorded with it, else read from its code. */
function classOf(failure) {
    return failure.class ?? classOfCode(failure.code);
}
/**
 * The class of a failed SDK call, from the error's whole shape: an answer of AWS carries
 * `$metadata` (and `$fault`); a connection failure carries Node's `code`; an answer that could
 * not be parsed carries the `$response` it came in; anything else is a defect of posture-gate.
 */
function errorClass(error) {
    const e = (error ?? {});
    const code = errorCode(error);
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    if (e.name === 'AbortError' || TIMED_OUT.has(e.code ?? '') || TIMED_OUT.has(code)) {
        return 'timeout';
    }
    if (NETWORK.has(e.code ?? '') || NETWORK.has(code))
        return 'network';
    const answered = status !== undefined || e.$fault !== undefined;
    if (!answered)
        return DEFECTS.has(e.name ?? '') || !e.name || e.name === 'Error'
            ? 'internal'
            : classOfCode(code);
    if (isAccessDenied(code) || (status === 403 && /^HttpError/.test(code)))
        return 'denied';
    if (THROTTLED.has(code) || status === 429)
        return 'throttled';
    if (isNotFound(code))
        return 'not-found';
    // A 2xx answer that still failed is one the SDK could not read: truncated or malformed.
    if (status !== undefined && status < 400)
        return 'malformed';
    if (e.name === 'SyntaxError' || /Deserialization error/.test(e.message ?? ''))
        return 'malformed';
    return 'service';
}


/***/ }),

/***/ 1105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ permissionFor),
/* harmony export */   mr: () => (/* binding */ permissionsFor)
/* harmony export */ });
/* unused harmony export OPERATION_PERMISSIONS */
/**
 * The IAM actions each API operation needs. Operation names are `<client>:<Operation>` as counted
 * in `stats.apiCalls`; an empty list means no permission is needed (STS identity calls). The
 * README's policy and iam-policy.json hold exactly the union of these actions; a unit test keeps
 * the three aligned with the operations the collectors import.
 */
const OPERATION_PERMISSIONS = {
    'sts:GetCallerIdentity': [],
    'sts:AssumeRoleWithWebIdentity': [],
    'ec2:DescribeRegions': ['ec2:DescribeRegions'],
    's3:ListBuckets': ['s3:ListAllMyBuckets'],
    's3:GetBucketLocation': ['s3:GetBucketLocation'],
    's3:GetBucketTagging': ['s3:GetBucketTagging'],
    's3:GetBucketEncryption': ['s3:GetEncryptionConfiguration'],
    's3:GetBucketVersioning': ['s3:GetBucketVersioning'],
    's3:GetPublicAccessBlock': ['s3:GetBucketPublicAccessBlock'],
    's3:GetBucketPolicy': ['s3:GetBucketPolicy'],
    's3:GetBucketPolicyStatus': ['s3:GetBucketPolicyStatus'],
    's3:GetBucketAcl': ['s3:GetBucketAcl'],
    's3:GetBucketOwnershipControls': ['s3:GetBucketOwnershipControls'],
    's3:GetBucketLogging': ['s3:GetBucketLogging'],
    's3control:GetPublicAccessBlock': ['s3:GetAccountPublicAccessBlock'],
    'efs:DescribeFileSystems': ['elasticfilesystem:DescribeFileSystems'],
    'efs:DescribeMountTargets': ['elasticfilesystem:DescribeMountTargets'],
    // AWS checks the mount target's network interface too (EFS API reference).
    'efs:DescribeMountTargetSecurityGroups': [
        'elasticfilesystem:DescribeMountTargetSecurityGroups',
        'ec2:DescribeNetworkInterfaceAttribute',
    ],
    'efs:DescribeAccessPoints': ['elasticfilesystem:DescribeAccessPoints'],
    'efs:DescribeLifecycleConfiguration': ['elasticfilesystem:DescribeLifecycleConfiguration'],
    'efs:DescribeBackupPolicy': ['elasticfilesystem:DescribeBackupPolicy'],
    'efs:DescribeFileSystemPolicy': ['elasticfilesystem:DescribeFileSystemPolicy'],
    'efs:DescribeReplicationConfigurations': ['elasticfilesystem:DescribeReplicationConfigurations'],
    'backup:ListProtectedResources': ['backup:ListProtectedResources'],
    'cloudwatch:DescribeAlarms': ['cloudwatch:DescribeAlarms'],
    'cloudwatch:GetMetricData': ['cloudwatch:GetMetricData'],
    'ec2:DescribeSubnets': ['ec2:DescribeSubnets'],
    'ec2:DescribeSecurityGroups': ['ec2:DescribeSecurityGroups'],
    'ec2:GetManagedPrefixListEntries': ['ec2:GetManagedPrefixListEntries'],
    'ec2:DescribeNetworkInterfaces': ['ec2:DescribeNetworkInterfaces'],
    'ec2:DescribeInstances': ['ec2:DescribeInstances'],
    'ec2:DescribeVolumes': ['ec2:DescribeVolumes'],
    'ec2:GetEbsEncryptionByDefault': ['ec2:GetEbsEncryptionByDefault'],
    'ec2:DescribeSnapshots': ['ec2:DescribeSnapshots'],
    'ec2:DescribeSnapshotAttribute': ['ec2:DescribeSnapshotAttribute'],
    'ec2:DescribeImages': ['ec2:DescribeImages'],
    'ec2:GetSnapshotBlockPublicAccessState': ['ec2:GetSnapshotBlockPublicAccessState'],
    'ec2:GetInstanceMetadataDefaults': ['ec2:GetInstanceMetadataDefaults'],
    'ec2:DescribeVpcs': ['ec2:DescribeVpcs'],
    'ec2:DescribeFlowLogs': ['ec2:DescribeFlowLogs'],
    'ec2:DescribeAddresses': ['ec2:DescribeAddresses'],
    'rds:DescribeDBInstances': ['rds:DescribeDBInstances'],
    'rds:DescribeDBClusters': ['rds:DescribeDBClusters'],
    'rds:DescribeDBSnapshots': ['rds:DescribeDBSnapshots'],
    'rds:DescribeDBClusterSnapshots': ['rds:DescribeDBClusterSnapshots'],
    'rds:DescribeDBSnapshotAttributes': ['rds:DescribeDBSnapshotAttributes'],
    'rds:DescribeDBClusterSnapshotAttributes': ['rds:DescribeDBClusterSnapshotAttributes'],
    'iam:GetAccountAuthorizationDetails': ['iam:GetAccountAuthorizationDetails'],
    'iam:GetPolicy': ['iam:GetPolicy'],
    'iam:GetPolicyVersion': ['iam:GetPolicyVersion'],
    // Not a read: it asks IAM to prepare the report, and changes nothing in the account.
    'iam:GenerateCredentialReport': ['iam:GenerateCredentialReport'],
    'iam:GetCredentialReport': ['iam:GetCredentialReport'],
    'iam:GetAccountPasswordPolicy': ['iam:GetAccountPasswordPolicy'],
};
/** The IAM actions to grant for an operation, or the operation itself when the table names none. */
function permissionsFor(operation) {
    const actions = OPERATION_PERMISSIONS[operation] ?? [];
    return actions.length > 0 ? actions : [operation];
}
/** The same as one phrase (`a and b`), for details and tables. */
function permissionFor(operation) {
    return permissionsFor(operation).join(' and ');
}


/***/ }),

/***/ 7849:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4244);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT, UsageError

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __nccwpck_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __nccwpck_require__(1621);
;// CONCATENATED MODULE: ./src/collect/migrations.ts
// Saved inventories of every earlier shape, brought to the current one on load. Each step takes a
// file of one schemaVersion to the next; a new shape adds one step here and a fixture saved by the
// version before it (test/fixtures/inventories).

const asObject = (value) => typeof value === 'object' && value !== null ? value : {};
const asList = (value) => (Array.isArray(value) ? value : []);
/** Version 1 kept a listing's outcome apart from its items; version 2 holds them as one read. */
function listing(outcome, items) {
    const read = asObject(outcome);
    return read.ok === false && read.error
        ? { ok: false, error: read.error }
        : { ok: true, value: asList(items) };
}
function failedOr(failure, items) {
    return failure ? { ok: false, error: failure } : { ok: true, value: asList(items) };
}
function ec2V2(part) {
    const { instancesListing, volumesListing, instances, volumes, ...rest } = part;
    return {
        ...rest,
        instances: listing(instancesListing, instances),
        volumes: listing(volumesListing, volumes),
    };
}
function sgV2(part) {
    const { groupsListing, interfacesListing, groups, ...rest } = part;
    const counts = {};
    const groupsV2 = asList(groups).map((entry) => {
        const { networkInterfaces, ...group } = asObject(entry);
        if (typeof networkInterfaces === 'number' && networkInterfaces > 0) {
            counts[String(group.id)] = networkInterfaces;
        }
        return group;
    });
    const interfaces = asObject(interfacesListing);
    return {
        ...rest,
        groups: listing(groupsListing, groupsV2),
        networkInterfaceCounts: interfaces.ok === false && interfaces.error
            ? { ok: false, error: interfaces.error }
            : { ok: true, value: counts },
    };
}
function rdsV2(part) {
    const { instancesListing, clustersListing, instances, clusters, ...rest } = part;
    return {
        ...rest,
        instances: listing(instancesListing, instances),
        clusters: listing(clustersListing, clusters),
    };
}
function efsV2(part) {
    const { fileSystemsFailure, accessPointsFailure, fileSystems, accessPoints, ...rest } = part;
    return {
        ...rest,
        fileSystems: failedOr(fileSystemsFailure, fileSystems),
        accessPoints: failedOr(accessPointsFailure, accessPoints),
    };
}
function s3V2(part) {
    const { listing: outcome, buckets, ...rest } = part;
    const bucketsV2 = asList(buckets).map((entry) => {
        const { tags, tagsFailure, ...bucket } = asObject(entry);
        return {
            ...bucket,
            tags: tagsFailure ? { ok: false, error: tagsFailure } : { ok: true, value: tags ?? {} },
        };
    });
    return { ...rest, buckets: listing(outcome, bucketsV2) };
}
function iamV2(part) {
    const { listing: outcome, roles, users, groups, managedPolicies, ...rest } = part;
    return {
        ...rest,
        roles: listing(outcome, roles),
        users: listing(outcome, users),
        groups: listing(outcome, groups),
        managedPolicies: listing(outcome, managedPolicies),
    };
}
const REGIONAL_V2 = {
    ec2: ec2V2,
    sg: sgV2,
    rds: rdsV2,
    efs: efsV2,
};
const GLOBAL_V2 = { s3: s3V2, iam: iamV2 };
function mapParts(parts, steps) {
    return Object.fromEntries(Object.entries(asObject(parts)).map(([service, part]) => {
        const step = steps[service];
        return [service, step && part ? step(asObject(part)) : part];
    }));
}
/** 1 to 2: every listing becomes one `Fetched` list; S3 bucket tags become a read of their own. */
function v1ToV2(file) {
    return {
        ...file,
        schemaVersion: 2,
        global: mapParts(file.global, GLOBAL_V2),
        regional: Object.fromEntries(Object.entries(asObject(file.regional)).map(([region, parts]) => [
            region,
            mapParts(parts, REGIONAL_V2),
        ])),
    };
}
/**
 * 2 to 3: version 3 added the reads of the deeper checks (EBS snapshots and AMIs, snapshot block
 * public access, metadata defaults, VPCs and flow logs, Elastic IPs and volume pricing fields,
 * default groups' egress, RDS snapshots and minor upgrades, bucket ACLs, ownership, logging and
 * policy status, the credential report, the password policy and role trust policies), each an
 * optional field. A version 2 file lacks them, which the checks read as "not collected"; nothing
 * it has changes shape.
 */
function v2ToV3(file) {
    return { ...file, schemaVersion: 3 };
}
/** The step from each version to the next. */
const STEPS = { 1: v1ToV2, 2: v2ToV3 };
class InventoryVersionError extends Error {
    name = 'InventoryVersionError';
}
/**
 * A saved inventory of any version this release can read, in the current shape. Files written by
 * a newer posture-gate are refused rather than guessed at.
 */
function migrateInventory(file) {
    let current = file;
    let version = current.schemaVersion;
    while (version !== inventory/* INVENTORY_SCHEMA_VERSION */.Gi) {
        const step = typeof version === 'number' ? STEPS[version] : undefined;
        if (!step) {
            throw new InventoryVersionError(`schemaVersion ${JSON.stringify(version)} is not one this version of posture-gate reads (1 to ${inventory/* INVENTORY_SCHEMA_VERSION */.Gi})`);
        }
        current = step(current);
        version = current.schemaVersion;
    }
    return current;
}

;// CONCATENATED MODULE: ./src/collect/saved-inventory.ts
// Reading an inventory saved with --save-inventory: parse, migrate from its version, validate.




/** A file given as a saved inventory that cannot be used; the message names the file and field. */
class InventoryFileError extends Error {
    name = 'InventoryFileError';
}
const failure = schemas/* object */.Ikc({
    operation: schemas/* string */.YjP(),
    code: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    class: schemas/* enum */.k5n(inventory/* ERROR_CLASSES */.EG).optional(),
});
const fetched = (value) => schemas/* discriminatedUnion */.gMt('ok', [
    schemas/* object */.Ikc({ ok: schemas/* literal */.euz(true), value }),
    schemas/* object */.Ikc({ ok: schemas/* literal */.euz(false), error: failure }),
]);
const tags = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP());
/** A listed resource: the fields every check names it by; the rest is read by the rules. */
const resource = (fields = {}) => schemas/* looseObject */._H3({ id: schemas/* string */.YjP(), arn: schemas/* string */.YjP(), ...fields });
/**
 * A list checked one item at a time: zod's output, a validated copy of every item, is made for one
 * item and dropped, never for the whole list (50,000 resources would hold two copies at once).
 */
const eachOf = (item) => schemas/* array */.YOg(schemas/* unknown */.L5J()).superRefine((items, ctx) => {
    for (let index = 0; index < items.length; index += 1) {
        const checked = item.safeParse(items[index]);
        if (!checked.success) {
            for (const issue of checked.error.issues) {
                ctx.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
            }
            return;
        }
    }
});
const listingOf = (item) => fetched(eachOf(item));
const ec2 = schemas/* looseObject */._H3({
    instances: listingOf(resource({ state: schemas/* string */.YjP(), tags })),
    volumes: listingOf(resource({
        encrypted: schemas/* boolean */.zMY(),
        attachedTo: schemas/* array */.YOg(schemas/* string */.YjP()),
        volumeType: schemas/* string */.YjP().optional(),
        sizeGib: schemas/* number */.aig().optional(),
        iops: schemas/* number */.aig().optional(),
        throughputMibps: schemas/* number */.aig().optional(),
        createdAt: schemas/* string */.YjP().optional(),
    })),
    ebsEncryptionByDefault: fetched(schemas/* boolean */.zMY().nullable()),
    publicSnapshots: listingOf(resource({ encrypted: schemas/* boolean */.zMY(), restorableByAll: fetched(schemas/* boolean */.zMY()), tags })).optional(),
    images: listingOf(resource({ state: schemas/* string */.YjP(), tags })).optional(),
    snapshotBlockPublicAccess: fetched(schemas/* string */.YjP().nullable()).optional(),
    imdsDefaultHttpTokens: fetched(schemas/* string */.YjP().nullable()).optional(),
    imdsDefaultHttpTokensEnforced: schemas/* boolean */.zMY().optional(),
    vpcs: listingOf(resource({ isDefault: schemas/* boolean */.zMY(), tags })).optional(),
    flowLogs: listingOf(schemas/* looseObject */._H3({ id: schemas/* string */.YjP(), resourceId: schemas/* string */.YjP() })).optional(),
    addresses: listingOf(resource({ tags })).optional(),
});
const sg = schemas/* looseObject */._H3({
    groups: listingOf(resource({
        name: schemas/* string */.YjP(),
        tags,
        ingress: schemas/* array */.YOg(schemas/* looseObject */._H3({})),
        egress: schemas/* array */.YOg(schemas/* looseObject */._H3({})).optional(),
    })),
    networkInterfaceCounts: fetched(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig())),
});
const database = resource({ engine: schemas/* string */.YjP(), status: schemas/* string */.YjP(), tags });
const snapshot = resource({
    snapshotType: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    tags,
    restorableBy: fetched(schemas/* array */.YOg(schemas/* string */.YjP())).optional(),
});
const rds = schemas/* looseObject */._H3({
    instances: listingOf(database),
    clusters: listingOf(database),
    snapshots: listingOf(snapshot).optional(),
    clusterSnapshots: listingOf(snapshot).optional(),
});
const efs = schemas/* looseObject */._H3({
    fileSystems: listingOf(resource({
        createdAt: schemas/* string */.YjP(),
        tags,
        sizeInBytes: schemas/* looseObject */._H3({ total: schemas/* number */.aig() }),
        mountTargets: fetched(schemas/* array */.YOg(schemas/* looseObject */._H3({ id: schemas/* string */.YjP() }))),
        metrics: schemas/* looseObject */._H3({}),
    })),
    accessPoints: listingOf(resource({ fileSystemId: schemas/* string */.YjP(), tags })),
    replications: fetched(schemas/* array */.YOg(schemas/* looseObject */._H3({}))),
    protectedFileSystemArns: fetched(schemas/* array */.YOg(schemas/* string */.YjP())),
    lastBackupTimes: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    alarms: fetched(schemas/* array */.YOg(schemas/* looseObject */._H3({}))),
    subnets: fetched(schemas/* array */.YOg(schemas/* looseObject */._H3({}))),
    securityGroups: fetched(schemas/* array */.YOg(schemas/* looseObject */._H3({}))),
    metricWindows: schemas/* looseObject */._H3({}),
});
const s3 = schemas/* looseObject */._H3({
    accountPublicAccessBlock: fetched(schemas/* looseObject */._H3({}).nullable()),
    buckets: listingOf(schemas/* looseObject */._H3({
        name: schemas/* string */.YjP(),
        arn: schemas/* string */.YjP(),
        region: schemas/* string */.YjP(),
        tags: fetched(tags),
        policyStatus: fetched(schemas/* object */.Ikc({ isPublic: schemas/* boolean */.zMY().optional() }).nullable()).optional(),
        acl: fetched(schemas/* array */.YOg(schemas/* looseObject */._H3({ granteeType: schemas/* string */.YjP(), permission: schemas/* string */.YjP() }))).optional(),
        objectOwnership: fetched(schemas/* string */.YjP().nullable()).optional(),
        logging: fetched(schemas/* looseObject */._H3({ targetBucket: schemas/* string */.YjP(), targetPrefix: schemas/* string */.YjP() }).nullable()).optional(),
    })),
});
const principal = schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), arn: schemas/* string */.YjP() });
const reportKey = schemas/* looseObject */._H3({
    active: schemas/* boolean */.zMY(),
    lastRotated: schemas/* string */.YjP(),
    lastUsed: schemas/* string */.YjP(),
});
const iam = schemas/* looseObject */._H3({
    roles: listingOf(principal.extend({ trustPolicy: schemas/* string */.YjP().optional() })),
    users: listingOf(principal),
    groups: listingOf(principal),
    managedPolicies: listingOf(schemas/* looseObject */._H3({ arn: schemas/* string */.YjP() })),
    credentialReport: fetched(schemas/* looseObject */._H3({
        generatedAt: schemas/* string */.YjP(),
        users: schemas/* array */.YOg(schemas/* looseObject */._H3({
            user: schemas/* string */.YjP(),
            arn: schemas/* string */.YjP(),
            createdAt: schemas/* string */.YjP(),
            passwordEnabled: schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* literal */.euz('not_supported')]),
            passwordLastUsed: schemas/* string */.YjP(),
            passwordLastChanged: schemas/* string */.YjP(),
            mfaActive: schemas/* boolean */.zMY(),
            accessKeys: schemas/* tuple */.PVZ([reportKey, reportKey]),
        })),
    })).optional(),
    passwordPolicy: fetched(schemas/* looseObject */._H3({
        minimumPasswordLength: schemas/* number */.aig().optional(),
        passwordReusePrevention: schemas/* number */.aig().optional(),
    })
        .nullable()).optional(),
});
const INVENTORY_FILE = schemas/* looseObject */._H3({
    schemaVersion: schemas/* number */.aig(),
    account: schemas/* string */.YjP(),
    collectedAt: datetime(),
    regions: schemas/* array */.YOg(schemas/* string */.YjP()),
    services: schemas/* array */.YOg(schemas/* enum */.k5n(inventory/* SERVICES */.Bg)),
    global: schemas/* looseObject */._H3({ s3: s3.optional(), iam: iam.optional() }),
    regional: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        efs: efs.optional(),
        ec2: ec2.optional(),
        sg: sg.optional(),
        rds: rds.optional(),
    })),
    errors: schemas/* array */.YOg(schemas/* looseObject */._H3({ service: schemas/* string */.YjP(), operation: schemas/* string */.YjP() })).optional(),
});
const NOT_AN_INVENTORY = 'is not a posture-gate inventory (written by --save-inventory)';
/** The file's text as JSON; the text itself is not kept. */
function parseJson(text, path) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new InventoryFileError(`cannot read "${path}" as JSON: ${error.message}`);
    }
}
/** A parsed file of any supported version, migrated and validated; errors name the field. */
function checkedInventory(parsed, path) {
    if (typeof parsed !== 'object' || parsed === null || !('schemaVersion' in parsed)) {
        throw new InventoryFileError(`"${path}" ${NOT_AN_INVENTORY}: it has no schemaVersion.`);
    }
    let migrated;
    try {
        migrated = migrateInventory(parsed);
    }
    catch (error) {
        if (error instanceof InventoryVersionError) {
            throw new InventoryFileError(`"${path}" ${NOT_AN_INVENTORY}: ${error.message}.`);
        }
        throw error;
    }
    const checked = INVENTORY_FILE.safeParse(migrated);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        throw new InventoryFileError(`"${path}" ${NOT_AN_INVENTORY}: ${where}${issue?.message}.`);
    }
    // The file's own objects, not zod's copies: those would reorder keys that reports print.
    return { ...migrated, errors: migrated.errors ?? [] };
}
/** The inventory in a file of any supported version, validated; errors name the field. */
function parseSavedInventory(text, path) {
    return checkedInventory(parseJson(text, path), path);
}
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new InventoryFileError(`cannot read "${path}": ${error.message}`);
    }
}
/** The file's text parsed; the text dies with this function's frame. */
async function readParsed(path) {
    return parseJson(await readText(path), path);
}
async function loadSavedInventory(path) {
    // The text is garbage once parsed (35 MB at 50,000 resources). Awaited in this frame it would
    // stay alive until this function returns: an async function keeps an awaited value for its
    // whole statement, here through validation.
    const parsed = await readParsed(path);
    return checkedInventory(parsed, path);
}

// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __nccwpck_require__(4105);
// EXTERNAL MODULE: ./src/model/metrics.ts
var metrics = __nccwpck_require__(5500);
;// CONCATENATED MODULE: ./src/demo/efs.ts

/**
 * EFS in the sample account: every EFS check fails on some file system and passes on another,
 * with 30 days of hourly metrics. eu-west-1 also shows an UNKNOWN: AWS Backup was not readable.
 */
const ACCOUNT = '111122223333';
const COLLECTED_AT = new Date('2026-11-01T06:00:00.000Z');
const LOOKBACK = (0,metrics/* metricWindow */.z)(COLLECTED_AT, 30, 3600);
const CONNECTIONS = (0,metrics/* metricWindow */.z)(COLLECTED_AT, 60, 86_400);
const MIB = 2 ** 20;
const GIB = 2 ** 30;
const TIB = 2 ** 40;
const ok = (value) => ({ ok: true, value });
/** One value per bucket of the window, from a function of the bucket index. */
function series(window, valueAt) {
    const start = Date.parse(window.start) / 1000;
    const count = (Date.parse(window.end) / 1000 - start) / window.periodSeconds;
    const timestamps = Array.from({ length: count }, (_, i) => start + i * window.periodSeconds);
    return { timestamps, values: timestamps.map((_, i) => valueAt(i)) };
}
/** A daily cycle between `low` and `high`, highest mid-afternoon. */
const daily = (low, high) => (hour) => low + ((high - low) * (1 + Math.sin(((hour % 24) - 9) * (Math.PI / 12)))) / 2;
const NO_DATA = { timestamps: [], values: [] };
function efs_metrics(usage) {
    const out = {
        meteredIOBytes: ok(series(LOOKBACK, (h) => usage.mibps(h) * MIB * 3600)),
        metadataOperations: ok(series(LOOKBACK, (h) => Math.round(usage.metadataOpsPerSecond(h) * 3600))),
        clientConnections: ok(usage.connections > 0 ? series(CONNECTIONS, () => usage.connections * 1440) : NO_DATA),
    };
    if (usage.burstCreditTib) {
        const credits = usage.burstCreditTib;
        out.burstCreditBalance = ok(series(LOOKBACK, (h) => credits(h) * TIB));
    }
    if (usage.io) {
        const { readMibps, writeMibps } = usage.io;
        out.dataReadIOBytes = ok(series(LOOKBACK, (h) => readMibps(h) * MIB * 3600));
        out.dataWriteIOBytes = ok(series(LOOKBACK, (h) => writeMibps(h) * MIB * 3600));
    }
    return out;
}
function arn(region, kind, id) {
    return `arn:aws:elasticfilesystem:${region}:${ACCOUNT}:${kind}/${id}`;
}
function mountTarget(id, subnetId, groupId, az) {
    return {
        id,
        subnetId,
        availabilityZoneName: az,
        state: 'available',
        securityGroupIds: ok([groupId]),
    };
}
/** Denies every client action without TLS: the console's "Enforce in-transit encryption". */
function tlsStatement(resource) {
    return {
        Sid: 'EnforceInTransitEncryption',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: '*',
        Resource: resource,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
}
/** TLS enforced; only the application role may mount and write; nobody gets root. */
function strictPolicy(resource, role) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            tlsStatement(resource),
            {
                Sid: 'ApplicationRole',
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/${role}` },
                Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
                Resource: resource,
            },
        ],
    });
}
/** TLS enforced, but anyone reaching a mount target gets every client action, root included. */
function mountTargetOnlyPolicy(resource) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            tlsStatement(resource),
            {
                Sid: 'AnyClientViaMountTarget',
                Effect: 'Allow',
                Principal: { AWS: '*' },
                Action: 'elasticfilesystem:Client*',
                Resource: resource,
                Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
            },
        ],
    });
}
function fileSystem(spec) {
    const resource = arn(spec.region, 'file-system', spec.id);
    const standard = spec.standardGib * GIB;
    const infrequentAccess = (spec.infrequentAccessGib ?? 0) * GIB;
    const out = {
        id: spec.id,
        arn: resource,
        name: spec.name,
        tags: { Name: spec.name, ...spec.tags },
        createdAt: spec.createdAt,
        state: 'available',
        performanceMode: spec.performanceMode ?? 'generalPurpose',
        throughputMode: spec.throughputMode,
        encrypted: spec.encrypted,
        sizeInBytes: { total: standard + infrequentAccess, standard, infrequentAccess },
        mountTargets: ok(spec.mountTargets ?? []),
        lifecycle: ok(spec.transitionToIA ? { transitionToIA: spec.transitionToIA } : {}),
        backupPolicyStatus: ok(spec.backupPolicyStatus),
        policy: ok(spec.policy(resource)),
        metrics: efs_metrics(spec.usage),
    };
    if (spec.encrypted)
        out.kmsKeyId = `arn:aws:kms:${spec.region}:${ACCOUNT}:alias/aws/elasticfilesystem`;
    if (spec.provisionedThroughputMibps !== undefined) {
        out.provisionedThroughputMibps = spec.provisionedThroughputMibps;
    }
    if (spec.availabilityZoneName)
        out.availabilityZoneName = spec.availabilityZoneName;
    return out;
}
function accessPoint(region, id, fileSystemId, name, rootDirectoryPath, posixUser) {
    return {
        id,
        arn: arn(region, 'access-point', id),
        fileSystemId,
        name,
        tags: { Name: name },
        state: 'available',
        rootDirectoryPath,
        ...(posixUser ? { posixUser } : {}),
    };
}
const US = 'us-east-1';
const EU = 'eu-west-1';
function usEast1() {
    const fileSystems = [
        // Production, well secured, but 128 MiB/s provisioned for a peak of 1 MiB/s: its 512 GiB of
        // Standard storage include 25 MiB/s, so 103 MiB/s are billed for nothing ($618.00 a month).
        fileSystem({
            region: US,
            id: 'fs-0a1b2c3d00000001',
            name: 'analytics-scratch',
            tags: { Environment: 'production' },
            createdAt: '2025-03-10T09:00:00.000Z',
            throughputMode: 'provisioned',
            provisionedThroughputMibps: 128,
            encrypted: true,
            standardGib: 512,
            infrequentAccessGib: 1536,
            mountTargets: [
                mountTarget('fsmt-0a1b2c3d00000011', 'subnet-0aa000000000private1', 'sg-0e0000000000nfs01', 'us-east-1a'),
                mountTarget('fsmt-0a1b2c3d00000012', 'subnet-0aa000000000private2', 'sg-0e0000000000nfs01', 'us-east-1b'),
            ],
            transitionToIA: 'AFTER_30_DAYS',
            backupPolicyStatus: 'ENABLED',
            policy: (resource) => strictPolicy(resource, 'analytics'),
            usage: {
                mibps: (h) => (h === 500 ? 1.0 : daily(0.05, 0.4)(h)),
                metadataOpsPerSecond: daily(5, 40),
                io: { readMibps: daily(0.09, 0.9), writeMibps: daily(0.02, 0.1) },
                connections: 6,
            },
        }),
        // Production home directories on One Zone, unencrypted, open to the internet, credits draining.
        fileSystem({
            region: US,
            id: 'fs-0a1b2c3d00000002',
            name: 'shared-home',
            tags: { Env: 'prod' },
            createdAt: '2024-06-01T12:00:00.000Z',
            throughputMode: 'bursting',
            encrypted: false,
            availabilityZoneName: 'us-east-1a',
            standardGib: 800,
            mountTargets: [
                mountTarget('fsmt-0a1b2c3d00000021', 'subnet-0aa0000000000public', 'sg-0e000000000000open', 'us-east-1a'),
            ],
            backupPolicyStatus: 'ENABLED',
            policy: () => null,
            usage: {
                mibps: daily(20, 90),
                metadataOpsPerSecond: daily(20, 120),
                burstCreditTib: (h) => Math.max(0.05, 2.1 - h * 0.004),
                connections: 40,
            },
        }),
        // Critical training data: Max I/O it does not need, no replica, no backup, open to any client.
        fileSystem({
            region: US,
            id: 'fs-0a1b2c3d00000003',
            name: 'ml-datasets',
            tags: { DataCritical: 'true', Environment: 'staging' },
            createdAt: '2025-09-15T08:00:00.000Z',
            performanceMode: 'maxIO',
            throughputMode: 'elastic',
            encrypted: true,
            standardGib: 300,
            infrequentAccessGib: 4000,
            mountTargets: [
                mountTarget('fsmt-0a1b2c3d00000031', 'subnet-0aa000000000private1', 'sg-0e0000000000nfs01', 'us-east-1a'),
            ],
            transitionToIA: 'AFTER_14_DAYS',
            backupPolicyStatus: 'DISABLED',
            policy: mountTargetOnlyPolicy,
            usage: { mibps: daily(5, 60), metadataOpsPerSecond: daily(10, 180), connections: 12 },
        }),
        // A build cache nobody has mounted for two months.
        fileSystem({
            region: US,
            id: 'fs-0a1b2c3d00000004',
            name: 'build-cache-2024',
            createdAt: '2024-01-20T10:00:00.000Z',
            throughputMode: 'bursting',
            encrypted: true,
            standardGib: 120,
            backupPolicyStatus: null,
            policy: () => null,
            usage: {
                mibps: () => 0,
                metadataOpsPerSecond: () => 0,
                burstCreditTib: () => 2.1,
                connections: 0,
            },
        }),
        // A render farm that earns its Max I/O and provisioned throughput, but hammers metadata.
        fileSystem({
            region: US,
            id: 'fs-0a1b2c3d00000005',
            name: 'render-farm',
            createdAt: '2025-05-05T05:00:00.000Z',
            performanceMode: 'maxIO',
            throughputMode: 'provisioned',
            provisionedThroughputMibps: 256,
            encrypted: true,
            standardGib: 2048,
            infrequentAccessGib: 1024,
            transitionToIA: 'AFTER_30_DAYS',
            backupPolicyStatus: 'ENABLED',
            policy: (resource) => strictPolicy(resource, 'render'),
            usage: {
                mibps: daily(90, 230),
                metadataOpsPerSecond: daily(600, 2400),
                io: { readMibps: daily(180, 450), writeMibps: daily(30, 80) },
                connections: 64,
            },
        }),
    ];
    return {
        fileSystems: ok(fileSystems),
        accessPoints: ok([
            accessPoint(US, 'fsap-0a1b2c3d00000101', 'fs-0a1b2c3d00000001', 'analytics-app', '/app', {
                uid: 1000,
                gid: 1000,
            }),
            accessPoint(US, 'fsap-0a1b2c3d00000102', 'fs-0a1b2c3d00000002', 'home-legacy', '/'),
            accessPoint(US, 'fsap-0a1b2c3d00000103', 'fs-0a1b2c3d00000003', 'training-jobs', '/data', {
                uid: 0,
                gid: 0,
            }),
        ]),
        replications: ok([]),
        protectedFileSystemArns: ok([arn(US, 'file-system', 'fs-0a1b2c3d00000004')]),
        // A daily AWS Backup plan still covers the build cache: its last recovery point is recent.
        lastBackupTimes: {
            [arn(US, 'file-system', 'fs-0a1b2c3d00000004')]: '2026-10-31T05:12:00.000Z',
        },
        alarms: ok([
            {
                alarmName: 'analytics-io-limit',
                metricName: 'PercentIOLimit',
                fileSystemId: 'fs-0a1b2c3d00000001',
            },
            {
                alarmName: 'analytics-clients',
                metricName: 'ClientConnections',
                fileSystemId: 'fs-0a1b2c3d00000001',
            },
            {
                alarmName: 'datasets-clients',
                metricName: 'ClientConnections',
                fileSystemId: 'fs-0a1b2c3d00000003',
            },
            {
                alarmName: 'render-clients',
                metricName: 'ClientConnections',
                fileSystemId: 'fs-0a1b2c3d00000005',
            },
        ]),
        subnets: ok([
            {
                id: 'subnet-0aa000000000private1',
                vpcId: 'vpc-0f00000000000main',
                mapPublicIpOnLaunch: false,
            },
            {
                id: 'subnet-0aa000000000private2',
                vpcId: 'vpc-0f00000000000main',
                mapPublicIpOnLaunch: false,
            },
            {
                id: 'subnet-0aa0000000000public',
                vpcId: 'vpc-0f00000000000main',
                mapPublicIpOnLaunch: true,
            },
        ]),
        securityGroups: ok([
            {
                id: 'sg-0e0000000000nfs01',
                name: 'efs-from-vpc',
                ingress: [
                    {
                        IpProtocol: 'tcp',
                        FromPort: 2049,
                        ToPort: 2049,
                        IpRanges: [{ CidrIp: '10.0.0.0/16' }],
                    },
                ],
            },
            {
                id: 'sg-0e000000000000open',
                name: 'home-anywhere',
                ingress: [
                    { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/16' }] },
                    { IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
                ],
            },
        ]),
        metricWindows: { lookback: LOOKBACK, connections: CONNECTIONS },
    };
}
const BACKUP_DENIED = {
    operation: 'backup:ListProtectedResources',
    code: 'AccessDeniedException',
    message: 'User is not authorized to perform: backup:ListProtectedResources',
};
function euWest1() {
    return {
        fileSystems: ok([
            // The model file system: every check passes.
            fileSystem({
                region: EU,
                id: 'fs-0b1c2d3e00000006',
                name: 'payments-ledger',
                tags: { Environment: 'production', DataCritical: 'true' },
                createdAt: '2024-11-11T11:00:00.000Z',
                throughputMode: 'elastic',
                encrypted: true,
                standardGib: 64,
                infrequentAccessGib: 900,
                transitionToIA: 'AFTER_30_DAYS',
                backupPolicyStatus: 'ENABLED',
                policy: (resource) => strictPolicy(resource, 'payments'),
                usage: { mibps: daily(2, 25), metadataOpsPerSecond: daily(30, 300), connections: 8 },
            }),
            // Created last week: usage checks wait; its backup status could not be read in full.
            fileSystem({
                region: EU,
                id: 'fs-0b1c2d3e00000007',
                name: 'ingest-staging',
                tags: { Environment: 'staging' },
                createdAt: '2026-10-25T14:00:00.000Z',
                throughputMode: 'bursting',
                encrypted: true,
                standardGib: 3,
                transitionToIA: 'AFTER_7_DAYS',
                backupPolicyStatus: null,
                policy: (resource) => strictPolicy(resource, 'ingest'),
                usage: { mibps: daily(0, 4), metadataOpsPerSecond: daily(1, 20), connections: 2 },
            }),
        ]),
        accessPoints: ok([]),
        replications: ok([
            {
                sourceFileSystemId: 'fs-0b1c2d3e00000006',
                destinations: [
                    { fileSystemId: 'fs-0c1d2e3f00000106', region: 'eu-central-1', status: 'ENABLED' },
                ],
            },
        ]),
        protectedFileSystemArns: { ok: false, error: BACKUP_DENIED },
        alarms: ok(['BurstCreditBalance', 'PercentIOLimit', 'ClientConnections'].flatMap((metricName) => [
            { alarmName: `ledger-${metricName}`, metricName, fileSystemId: 'fs-0b1c2d3e00000006' },
            { alarmName: `ingest-${metricName}`, metricName, fileSystemId: 'fs-0b1c2d3e00000007' },
        ])),
        subnets: ok([]),
        securityGroups: ok([]),
        metricWindows: { lookback: LOOKBACK, connections: CONNECTIONS },
    };
}
/** The EFS part of each sample region. */
function sampleEfsRegions() {
    return { 'us-east-1': usEast1(), 'eu-west-1': euWest1() };
}
/** The collection errors behind the sample's EFS UNKNOWN results. */
function sampleEfsErrors() {
    return [{ service: 'efs', region: EU, ...BACKUP_DENIED }];
}

;// CONCATENATED MODULE: ./src/demo/iam-credentials.ts
/**
 * The demo account's credential report and password policy, dated against its collectedAt
 * (2026-11-01T06:00Z): the root user has an access key and no MFA; alice signs in without MFA;
 * build-bot has a key from 2025 and a second key it never used; carol, a console user with
 * MFA and no policies of her own, does everything right; the password policy is weak.
 */
const iam_credentials_ACCOUNT = '111122223333';
const NO_KEY = { active: false, lastRotated: 'N/A', lastUsed: 'N/A' };
const carol = {
    name: 'carol',
    arn: `arn:aws:iam::${iam_credentials_ACCOUNT}:user/carol`,
    path: '/',
    tags: {},
    inlinePolicies: [],
    attachedPolicyArns: [],
    groups: [],
};
/** The demo's IAM part with carol listed, its credential report and its password policy. */
function withCredentials(iam) {
    return {
        ...iam,
        users: iam.users.ok ? { ok: true, value: [...iam.users.value, carol] } : iam.users,
        credentialReport: {
            ok: true,
            value: {
                generatedAt: '2026-11-01T05:40:00.000Z',
                users: [
                    {
                        user: '<root_account>',
                        arn: `arn:aws:iam::${iam_credentials_ACCOUNT}:root`,
                        createdAt: '2019-02-11T09:00:00+00:00',
                        passwordEnabled: 'not_supported',
                        passwordLastUsed: '2026-09-14T08:30:00+00:00',
                        passwordLastChanged: 'not_supported',
                        mfaActive: false,
                        accessKeys: [
                            {
                                active: true,
                                lastRotated: '2019-02-11T09:20:00+00:00',
                                lastUsed: '2026-10-02T17:45:00+00:00',
                            },
                            NO_KEY,
                        ],
                    },
                    {
                        user: 'alice',
                        arn: `arn:aws:iam::${iam_credentials_ACCOUNT}:user/alice`,
                        createdAt: '2024-03-05T10:00:00+00:00',
                        passwordEnabled: true,
                        passwordLastUsed: '2026-10-30T08:05:00+00:00',
                        passwordLastChanged: '2026-06-01T09:00:00+00:00',
                        mfaActive: false,
                        accessKeys: [
                            {
                                active: true,
                                lastRotated: '2026-10-20T12:00:00+00:00',
                                lastUsed: '2026-10-31T16:10:00+00:00',
                            },
                            NO_KEY,
                        ],
                    },
                    {
                        user: 'build-bot',
                        arn: `arn:aws:iam::${iam_credentials_ACCOUNT}:user/build-bot`,
                        createdAt: '2025-01-15T14:00:00+00:00',
                        passwordEnabled: false,
                        passwordLastUsed: 'N/A',
                        passwordLastChanged: 'N/A',
                        mfaActive: false,
                        accessKeys: [
                            {
                                active: true,
                                lastRotated: '2025-01-15T14:05:00+00:00',
                                lastUsed: '2026-10-31T23:50:00+00:00',
                            },
                            { active: true, lastRotated: '2026-08-20T10:00:00+00:00', lastUsed: 'N/A' },
                        ],
                    },
                    {
                        user: 'carol',
                        arn: carol.arn,
                        createdAt: '2026-02-02T09:00:00+00:00',
                        passwordEnabled: true,
                        passwordLastUsed: '2026-10-31T09:15:00+00:00',
                        passwordLastChanged: '2026-09-01T09:00:00+00:00',
                        mfaActive: true,
                        accessKeys: [NO_KEY, NO_KEY],
                    },
                ],
            },
        },
        passwordPolicy: { ok: true, value: { minimumPasswordLength: 8 } },
    };
}

;// CONCATENATED MODULE: ./src/demo/infra.ts
/**
 * EC2, security groups, RDS and IAM of the demo account: every check of these services fails on
 * some resource and passes on another, in us-east-1 and eu-west-1.
 */
const infra_ACCOUNT = '111122223333';
/** A listing that was read. */
const listed = (value) => ({ ok: true, value });
const infra_arn = (region, service, resource) => `arn:aws:${service}:${region}:${infra_ACCOUNT}:${resource}`;
const WORLD_V4 = [{ CidrIp: '0.0.0.0/0' }];
const WORLD_V6 = [{ CidrIpv6: '::/0' }];
/** The AWS-managed prefix list of CloudFront's origin-facing servers, in us-east-1. */
const CLOUDFRONT_ORIGIN_FACING = 'pl-3b927c52';
function infra_usEast1() {
    const region = 'us-east-1';
    const ec2 = {
        instances: listed([
            {
                id: 'i-0a1b2c3d4e5f60001',
                arn: infra_arn(region, 'ec2', 'instance/i-0a1b2c3d4e5f60001'),
                name: 'web-1',
                state: 'running',
                httpTokens: 'optional',
                publicIp: '54.210.10.5',
                tags: { Name: 'web-1', Environment: 'production' },
            },
            {
                id: 'i-0a1b2c3d4e5f60002',
                arn: infra_arn(region, 'ec2', 'instance/i-0a1b2c3d4e5f60002'),
                name: 'batch-worker',
                state: 'running',
                httpTokens: 'required',
                tags: { Name: 'batch-worker', Environment: 'production' },
            },
            {
                id: 'i-0a1b2c3d4e5f60003',
                arn: infra_arn(region, 'ec2', 'instance/i-0a1b2c3d4e5f60003'),
                name: 'legacy-reports',
                state: 'stopped',
                httpTokens: 'optional',
                tags: { Name: 'legacy-reports' },
            },
            {
                // Left out by the default exclude-tags (Temporary=true).
                id: 'i-0a1b2c3d4e5f60004',
                arn: infra_arn(region, 'ec2', 'instance/i-0a1b2c3d4e5f60004'),
                name: 'scratch',
                state: 'running',
                httpTokens: 'optional',
                publicIp: '3.88.14.201',
                tags: { Name: 'scratch', Temporary: 'true' },
            },
        ]),
        volumes: listed([
            {
                id: 'vol-0a1b2c3d4e5f60001',
                arn: infra_arn(region, 'ec2', 'volume/vol-0a1b2c3d4e5f60001'),
                state: 'in-use',
                encrypted: false,
                attachedTo: ['i-0a1b2c3d4e5f60001'],
                tags: {},
                volumeType: 'gp2',
                sizeGib: 100,
                iops: 300,
                createdAt: '2024-03-11T09:12:00.000Z',
            },
            {
                id: 'vol-0a1b2c3d4e5f60002',
                arn: infra_arn(region, 'ec2', 'volume/vol-0a1b2c3d4e5f60002'),
                state: 'in-use',
                encrypted: true,
                attachedTo: ['i-0a1b2c3d4e5f60002'],
                tags: {},
                volumeType: 'gp3',
                sizeGib: 200,
                iops: 3000,
                throughputMibps: 125,
                createdAt: '2025-02-03T14:30:00.000Z',
            },
            {
                // Left behind by a retired build host: unattached gp2, counted once at its whole price.
                id: 'vol-0a1b2c3d4e5f60003',
                arn: infra_arn(region, 'ec2', 'volume/vol-0a1b2c3d4e5f60003'),
                name: 'build-cache-old',
                state: 'available',
                encrypted: true,
                attachedTo: [],
                tags: { Name: 'build-cache-old' },
                volumeType: 'gp2',
                sizeGib: 500,
                iops: 1500,
                createdAt: '2025-04-14T08:00:00.000Z',
            },
        ]),
        ebsEncryptionByDefault: { ok: true, value: false },
        // A snapshot and an AMI shared with everyone, and no account-wide guard against either.
        publicSnapshots: listed([
            {
                id: 'snap-0a1b2c3d4e5f60001',
                arn: `arn:aws:ec2:${region}::snapshot/snap-0a1b2c3d4e5f60001`,
                name: 'orders-db-export',
                volumeId: 'vol-0a1b2c3d4e5f60001',
                encrypted: false,
                restorableByAll: { ok: true, value: true },
                tags: { Name: 'orders-db-export' },
            },
        ]),
        images: listed([
            {
                id: 'ami-0a1b2c3d4e5f60001',
                arn: `arn:aws:ec2:${region}::image/ami-0a1b2c3d4e5f60001`,
                name: 'golden-base-2026-10',
                state: 'available',
                public: true,
                tags: {},
            },
            {
                id: 'ami-0a1b2c3d4e5f60002',
                arn: `arn:aws:ec2:${region}::image/ami-0a1b2c3d4e5f60002`,
                name: 'api-2026-11',
                state: 'available',
                public: false,
                tags: {},
            },
        ]),
        snapshotBlockPublicAccess: { ok: true, value: 'unblocked' },
        imdsDefaultHttpTokens: { ok: true, value: null },
        vpcs: listed([
            {
                id: 'vpc-0a1b2c3d',
                arn: infra_arn(region, 'ec2', 'vpc/vpc-0a1b2c3d'),
                name: 'main',
                isDefault: false,
                tags: { Name: 'main' },
            },
        ]),
        // A flow log on one subnet only: the VPC itself has none.
        flowLogs: listed([
            { id: 'fl-0a1b2c3d4e5f60001', resourceId: 'subnet-0a1b2c3d', status: 'ACTIVE' },
        ]),
        addresses: listed([
            {
                id: 'eipalloc-0a1b2c3d4e5f60001',
                arn: infra_arn(region, 'ec2', 'elastic-ip/eipalloc-0a1b2c3d4e5f60001'),
                publicIp: '54.210.10.5',
                associationId: 'eipassoc-0a1b2c3d4e5f60001',
                instanceId: 'i-0a1b2c3d4e5f60001',
                networkInterfaceId: 'eni-0a1b2c3d4e5f60001',
                domain: 'vpc',
                publicIpv4Pool: 'amazon',
                tags: {},
            },
            {
                id: 'eipalloc-0a1b2c3d4e5f60002',
                arn: infra_arn(region, 'ec2', 'elastic-ip/eipalloc-0a1b2c3d4e5f60002'),
                name: 'old-vpn-endpoint',
                publicIp: '3.214.77.20',
                domain: 'vpc',
                publicIpv4Pool: 'amazon',
                tags: { Name: 'old-vpn-endpoint' },
            },
        ]),
    };
    const sg = {
        groups: listed([
            {
                id: 'sg-0a1b2c3d4e5f60001',
                arn: infra_arn(region, 'ec2', 'security-group/sg-0a1b2c3d4e5f60001'),
                name: 'web',
                vpcId: 'vpc-0a1b2c3d',
                tags: {},
                ingress: [
                    {
                        IpProtocol: 'tcp',
                        FromPort: 443,
                        ToPort: 443,
                        IpRanges: WORLD_V4,
                        Ipv6Ranges: WORLD_V6,
                    },
                    // SSH opened as two halves: no 0.0.0.0/0 in sight, yet every IPv4 address gets in.
                    {
                        IpProtocol: 'tcp',
                        FromPort: 22,
                        ToPort: 22,
                        IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '128.0.0.0/1' }],
                    },
                    // 8080 for CloudFront only, through the AWS-managed origin-facing prefix list.
                    {
                        IpProtocol: 'tcp',
                        FromPort: 8080,
                        ToPort: 8080,
                        PrefixListIds: [{ PrefixListId: CLOUDFRONT_ORIGIN_FACING }],
                    },
                ],
            },
            {
                id: 'sg-0a1b2c3d4e5f60002',
                arn: infra_arn(region, 'ec2', 'security-group/sg-0a1b2c3d4e5f60002'),
                name: 'orders-db',
                vpcId: 'vpc-0a1b2c3d',
                tags: {},
                ingress: [
                    {
                        IpProtocol: 'tcp',
                        FromPort: 5432,
                        ToPort: 5432,
                        IpRanges: [{ CidrIp: '10.0.0.0/16' }],
                    },
                ],
            },
            {
                id: 'sg-0a1b2c3d4e5f60003',
                arn: infra_arn(region, 'ec2', 'security-group/sg-0a1b2c3d4e5f60003'),
                name: 'debug-anything',
                vpcId: 'vpc-0a1b2c3d',
                tags: {},
                ingress: [{ IpProtocol: '-1', Ipv6Ranges: WORLD_V6 }],
            },
            {
                id: 'sg-0a1b2c3d4e5f60004',
                arn: infra_arn(region, 'ec2', 'security-group/sg-0a1b2c3d4e5f60004'),
                name: 'default',
                vpcId: 'vpc-0a1b2c3d',
                tags: {},
                // As AWS creates it: all traffic from itself in, everything out.
                ingress: [{ IpProtocol: '-1' }],
                egress: [{ IpProtocol: '-1', IpRanges: WORLD_V4 }],
            },
        ]),
        networkInterfaceCounts: {
            ok: true,
            value: { 'sg-0a1b2c3d4e5f60001': 1, 'sg-0a1b2c3d4e5f60002': 2 },
        },
        prefixLists: {
            // An excerpt of com.amazonaws.global.cloudfront.origin-facing.
            [CLOUDFRONT_ORIGIN_FACING]: {
                ok: true,
                value: ['15.158.0.0/16', '64.252.64.0/18', '130.176.0.0/18'],
            },
        },
    };
    const database = {
        engine: 'postgres',
        status: 'available',
        storageEncrypted: true,
        publiclyAccessible: false,
        backupRetentionPeriod: 7,
        multiAz: true,
        deletionProtection: true,
        autoMinorVersionUpgrade: true,
    };
    const rds = {
        instances: listed([
            {
                ...database,
                id: 'orders-db',
                arn: infra_arn(region, 'rds', 'db:orders-db'),
                tags: { Environment: 'production' },
            },
            {
                ...database,
                id: 'orders-db-replica',
                arn: infra_arn(region, 'rds', 'db:orders-db-replica'),
                backupRetentionPeriod: 0,
                readReplicaSource: 'orders-db',
                tags: { Environment: 'production' },
            },
            {
                ...database,
                id: 'reporting-db',
                arn: infra_arn(region, 'rds', 'db:reporting-db'),
                engine: 'mysql',
                storageEncrypted: false,
                publiclyAccessible: true,
                backupRetentionPeriod: 1,
                multiAz: false,
                deletionProtection: false,
                autoMinorVersionUpgrade: false,
                tags: {},
            },
            {
                ...database,
                id: 'analytics-1',
                arn: infra_arn(region, 'rds', 'db:analytics-1'),
                engine: 'aurora-postgresql',
                clusterId: 'analytics',
                multiAz: false,
                deletionProtection: false,
                tags: {},
            },
        ]),
        clusters: listed([
            {
                id: 'analytics',
                arn: infra_arn(region, 'rds', 'cluster:analytics'),
                engine: 'aurora-postgresql',
                status: 'available',
                storageEncrypted: true,
                backupRetentionPeriod: 1,
                multiAz: true,
                deletionProtection: false,
                tags: {},
            },
        ]),
        snapshots: listed([
            {
                // An export someone made public to hand it over: unencrypted, like its database.
                id: 'reporting-db-export',
                arn: infra_arn(region, 'rds', 'snapshot:reporting-db-export'),
                sourceId: 'reporting-db',
                engine: 'mysql',
                snapshotType: 'manual',
                status: 'available',
                encrypted: false,
                tags: {},
                restorableBy: { ok: true, value: ['all'] },
            },
            {
                id: 'orders-db-before-migration',
                arn: infra_arn(region, 'rds', 'snapshot:orders-db-before-migration'),
                sourceId: 'orders-db',
                engine: 'postgres',
                snapshotType: 'manual',
                status: 'available',
                encrypted: true,
                tags: { Environment: 'production' },
                restorableBy: { ok: true, value: ['444455556666'] },
            },
            {
                id: 'rds:orders-db-2026-10-31-05-00',
                arn: infra_arn(region, 'rds', 'snapshot:rds:orders-db-2026-10-31-05-00'),
                sourceId: 'orders-db',
                engine: 'postgres',
                snapshotType: 'automated',
                status: 'available',
                encrypted: true,
                tags: { Environment: 'production' },
            },
        ]),
        clusterSnapshots: listed([
            {
                id: 'analytics-pre-upgrade',
                arn: infra_arn(region, 'rds', 'cluster-snapshot:analytics-pre-upgrade'),
                sourceId: 'analytics',
                engine: 'aurora-postgresql',
                snapshotType: 'manual',
                status: 'available',
                encrypted: true,
                tags: {},
                restorableBy: { ok: true, value: [] },
            },
        ]),
    };
    return { ec2, sg, rds };
}
function infra_euWest1() {
    const region = 'eu-west-1';
    return {
        ec2: {
            instances: listed([
                {
                    id: 'i-0e1f2a3b4c5d60001',
                    arn: infra_arn(region, 'ec2', 'instance/i-0e1f2a3b4c5d60001'),
                    name: 'api-eu',
                    state: 'running',
                    httpTokens: 'required',
                    tags: { Name: 'api-eu', Environment: 'production' },
                },
            ]),
            volumes: listed([
                {
                    id: 'vol-0e1f2a3b4c5d60001',
                    arn: infra_arn(region, 'ec2', 'volume/vol-0e1f2a3b4c5d60001'),
                    state: 'in-use',
                    encrypted: true,
                    attachedTo: ['i-0e1f2a3b4c5d60001'],
                    tags: {},
                    volumeType: 'gp3',
                    sizeGib: 100,
                    iops: 3000,
                    throughputMibps: 125,
                    createdAt: '2025-09-01T12:00:00.000Z',
                },
                {
                    // A restore test nobody deleted: its provisioned IOPS bill more than its storage.
                    id: 'vol-0e1f2a3b4c5d60002',
                    arn: infra_arn(region, 'ec2', 'volume/vol-0e1f2a3b4c5d60002'),
                    name: 'orders-db-restore-test',
                    state: 'available',
                    encrypted: true,
                    attachedTo: [],
                    tags: { Name: 'orders-db-restore-test' },
                    volumeType: 'io1',
                    sizeGib: 100,
                    iops: 1000,
                    createdAt: '2026-02-10T16:45:00.000Z',
                },
            ]),
            ebsEncryptionByDefault: { ok: true, value: true },
            publicSnapshots: listed([]),
            images: listed([
                {
                    id: 'ami-0e1f2a3b4c5d60001',
                    arn: `arn:aws:ec2:${region}::image/ami-0e1f2a3b4c5d60001`,
                    name: 'api-eu-2026-11',
                    state: 'available',
                    public: false,
                    tags: {},
                },
            ]),
            snapshotBlockPublicAccess: { ok: true, value: 'block-all-sharing' },
            imdsDefaultHttpTokens: { ok: true, value: 'required' },
            vpcs: listed([
                {
                    id: 'vpc-0e1f2a3b',
                    arn: infra_arn(region, 'ec2', 'vpc/vpc-0e1f2a3b'),
                    isDefault: false,
                    tags: {},
                },
            ]),
            flowLogs: listed([
                { id: 'fl-0e1f2a3b4c5d60001', resourceId: 'vpc-0e1f2a3b', status: 'ACTIVE' },
            ]),
            addresses: listed([]),
        },
        sg: {
            groups: listed([
                {
                    id: 'sg-0e1f2a3b4c5d60001',
                    arn: infra_arn(region, 'ec2', 'security-group/sg-0e1f2a3b4c5d60001'),
                    name: 'api-eu',
                    vpcId: 'vpc-0e1f2a3b',
                    tags: {},
                    // A range written for 8000-8100 that also opens 8080 and 8088.
                    ingress: [{ IpProtocol: 'tcp', FromPort: 8000, ToPort: 8100, IpRanges: WORLD_V4 }],
                },
                {
                    id: 'sg-0e1f2a3b4c5d60002',
                    arn: infra_arn(region, 'ec2', 'security-group/sg-0e1f2a3b4c5d60002'),
                    name: 'ops-temporary-access',
                    vpcId: 'vpc-0e1f2a3b',
                    tags: {},
                    // Every port but the reserved 0: every port that can be used.
                    ingress: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 65535, IpRanges: WORLD_V4 }],
                },
                {
                    id: 'sg-0e1f2a3b4c5d60003',
                    arn: infra_arn(region, 'ec2', 'security-group/sg-0e1f2a3b4c5d60003'),
                    name: 'default',
                    vpcId: 'vpc-0e1f2a3b',
                    tags: {},
                    // Emptied of its rules, as CIS 5.4 asks.
                    ingress: [],
                    egress: [],
                },
            ]),
            networkInterfaceCounts: {
                ok: true,
                value: { 'sg-0e1f2a3b4c5d60001': 1, 'sg-0e1f2a3b4c5d60002': 1 },
            },
            prefixLists: {},
        },
        rds: {
            instances: listed([
                {
                    id: 'customers-db',
                    arn: infra_arn(region, 'rds', 'db:customers-db'),
                    engine: 'postgres',
                    status: 'available',
                    storageEncrypted: true,
                    publiclyAccessible: false,
                    backupRetentionPeriod: 14,
                    multiAz: true,
                    deletionProtection: true,
                    autoMinorVersionUpgrade: true,
                    tags: { Environment: 'production' },
                },
            ]),
            clusters: listed([]),
            snapshots: listed([]),
            clusterSnapshots: listed([]),
        },
    };
}
/** The regional parts of the demo's infrastructure, by region. */
function sampleInfraRegions() {
    return { 'us-east-1': infra_usEast1(), 'eu-west-1': infra_euWest1() };
}
const policyArn = (name) => `arn:aws:iam::${infra_ACCOUNT}:policy/${name}`;
const AWS_ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const AWS_READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
/** Principals of the demo account; inline documents URL-encoded, as IAM returns them. */
function sampleIamInventory() {
    const document = (...statements) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
    return {
        roles: listed([
            {
                name: 'ci-deploy',
                arn: `arn:aws:iam::${infra_ACCOUNT}:role/ci-deploy`,
                path: '/',
                tags: {},
                inlinePolicies: [],
                attachedPolicyArns: [AWS_ADMIN],
                // Any repository of the GitHub organisation can deploy with it.
                trustPolicy: document({
                    Effect: 'Allow',
                    Principal: {
                        Federated: `arn:aws:iam::${infra_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`,
                    },
                    Action: 'sts:AssumeRoleWithWebIdentity',
                    Condition: {
                        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
                        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' },
                    },
                }),
            },
            {
                name: 'app-runtime',
                arn: `arn:aws:iam::${infra_ACCOUNT}:role/app-runtime`,
                path: '/service/',
                tags: { Environment: 'production' },
                inlinePolicies: [
                    {
                        name: 'app-data',
                        document: document({
                            Sid: 'Uploads',
                            Effect: 'Allow',
                            Action: 's3:*',
                            Resource: ['arn:aws:s3:::acme-uploads', 'arn:aws:s3:::acme-uploads/*'],
                        }, { Sid: 'Sessions', Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: '*' }, {
                            // Hot-patches its workers: the code it uploads runs with their roles.
                            Sid: 'Workers',
                            Effect: 'Allow',
                            Action: 'lambda:UpdateFunctionCode',
                            Resource: `arn:aws:lambda:us-east-1:${infra_ACCOUNT}:function:app-*`,
                        }),
                    },
                ],
                attachedPolicyArns: [],
                trustPolicy: document({
                    Effect: 'Allow',
                    Principal: { Service: 'ec2.amazonaws.com' },
                    Action: 'sts:AssumeRole',
                }),
            },
            {
                name: 'security-audit',
                arn: `arn:aws:iam::${infra_ACCOUNT}:role/security-audit`,
                path: '/',
                tags: {},
                inlinePolicies: [],
                attachedPolicyArns: [AWS_READ_ONLY],
                // The auditor's account, with the external ID it was given.
                trustPolicy: document({
                    Effect: 'Allow',
                    Principal: { AWS: 'arn:aws:iam::999988887777:root' },
                    Action: 'sts:AssumeRole',
                    Condition: { StringEquals: { 'sts:ExternalId': 'acme-audit-7f3c' } },
                }),
            },
        ]),
        users: listed([
            {
                name: 'alice',
                arn: `arn:aws:iam::${infra_ACCOUNT}:user/alice`,
                path: '/',
                tags: {},
                inlinePolicies: [],
                attachedPolicyArns: [],
                groups: ['admins'],
            },
            {
                name: 'build-bot',
                arn: `arn:aws:iam::${infra_ACCOUNT}:user/build-bot`,
                path: '/',
                tags: {},
                inlinePolicies: [],
                attachedPolicyArns: [policyArn('build-artifacts')],
                groups: [],
            },
        ]),
        groups: listed([
            {
                name: 'admins',
                arn: `arn:aws:iam::${infra_ACCOUNT}:group/admins`,
                path: '/',
                inlinePolicies: [
                    {
                        name: 'break-glass',
                        document: document({ Effect: 'Allow', Action: '*', Resource: '*' }),
                    },
                ],
                attachedPolicyArns: [],
            },
        ]),
        managedPolicies: listed([
            {
                arn: policyArn('build-artifacts'),
                name: 'build-artifacts',
                awsManaged: false,
                document: {
                    ok: true,
                    value: document({
                        Effect: 'Allow',
                        Action: ['s3:PutObject', 's3:GetObject'],
                        Resource: 'arn:aws:s3:::acme-build-artifacts/*',
                    }),
                },
            },
            {
                arn: AWS_ADMIN,
                name: 'AdministratorAccess',
                awsManaged: true,
                document: {
                    ok: true,
                    value: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
                },
            },
            {
                arn: AWS_READ_ONLY,
                name: 'ReadOnlyAccess',
                awsManaged: true,
                document: {
                    ok: true,
                    value: JSON.stringify({
                        Version: '2012-10-17',
                        Statement: [
                            {
                                Effect: 'Allow',
                                Action: ['ec2:Describe*', 'rds:Describe*', 's3:Get*', 's3:List*'],
                                Resource: '*',
                            },
                        ],
                    }),
                },
            },
        ]),
    };
}

;// CONCATENATED MODULE: ./src/demo/s3.ts
const s3_ACCOUNT = '111122223333';
/** The demo's one failed read: the scan role may not read this bucket's policy. */
const POLICY_DENIED = {
    operation: 's3:GetBucketPolicy',
    code: 'AccessDenied',
    message: `User: arn:aws:sts::${s3_ACCOUNT}:assumed-role/posture-gate-audit/posture-gate is not authorized to perform: s3:GetBucketPolicy on resource: "arn:aws:s3:::acme-eu-logs" because no identity-based policy allows the s3:GetBucketPolicy action`,
};
const s3_ok = (value) => ({ ok: true, value });
const ALL_ON = {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
};
const OWNER_ID = 'c1a2f3e4d5b6978800112233445566778899aabbccddeeff0011223344556677';
const OWNER = { granteeType: 'CanonicalUser', id: OWNER_ID, permission: 'FULL_CONTROL' };
const group = (name, permission) => ({
    granteeType: 'Group',
    uri: `http://acs.amazonaws.com/groups/${name}`,
    permission,
});
function tlsDenyPolicy(bucket, secureTransport) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'DenyInsecureTransport',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
                Condition: { Bool: { 'aws:SecureTransport': secureTransport } },
            },
        ],
    });
}
/**
 * S3 of the demo account: every S3 check passes on some buckets and fails on others, one read
 * failed (an UNKNOWN), and one bucket's Name tag is hostile markup that reports must escape.
 */
function sampleS3Inventory() {
    return {
        // The account blocks public ACLs only; buckets must block public policies themselves.
        accountPublicAccessBlock: {
            ok: true,
            value: {
                blockPublicAcls: true,
                ignorePublicAcls: true,
                blockPublicPolicy: false,
                restrictPublicBuckets: false,
            },
        },
        buckets: s3_ok([
            {
                name: 'acme-prod-assets',
                arn: 'arn:aws:s3:::acme-prod-assets',
                region: 'us-east-1',
                createdAt: '2024-03-11T09:12:44.000Z',
                tags: s3_ok({ Environment: 'production', Team: 'platform' }),
                encryption: {
                    ok: true,
                    value: [
                        {
                            algorithm: 'aws:kms',
                            kmsKeyId: `arn:aws:kms:us-east-1:${s3_ACCOUNT}:alias/prod-assets`,
                            bucketKeyEnabled: true,
                        },
                    ],
                },
                versioning: { ok: true, value: 'Enabled' },
                publicAccessBlock: { ok: true, value: ALL_ON },
                policy: { ok: true, value: tlsDenyPolicy('acme-prod-assets', 'false') },
                policyStatus: s3_ok({ isPublic: false }),
                acl: s3_ok([OWNER]),
                objectOwnership: s3_ok('BucketOwnerEnforced'),
                logging: s3_ok({ targetBucket: 'acme-eu-logs', targetPrefix: 's3/acme-prod-assets/' }),
            },
            {
                name: 'acme-public-website',
                arn: 'arn:aws:s3:::acme-public-website',
                region: 'us-east-1',
                createdAt: '2023-07-02T16:40:05.000Z',
                tags: s3_ok({ Name: '<img src=x>|**bold**', Environment: 'production' }),
                encryption: { ok: true, value: [{ algorithm: 'AES256', bucketKeyEnabled: false }] },
                versioning: { ok: true, value: 'Suspended' },
                publicAccessBlock: { ok: true, value: null },
                policy: {
                    ok: true,
                    value: JSON.stringify({
                        Version: '2012-10-17',
                        Statement: [
                            {
                                Sid: 'PublicRead',
                                Effect: 'Allow',
                                Principal: '*',
                                Action: 's3:GetObject',
                                Resource: 'arn:aws:s3:::acme-public-website/*',
                            },
                        ],
                    }),
                },
                policyStatus: s3_ok({ isPublic: true }),
                // The account's IgnorePublicAcls makes this grant moot; the policy makes the bucket public.
                acl: s3_ok([OWNER, group('global/AllUsers', 'READ')]),
                objectOwnership: s3_ok('BucketOwnerPreferred'),
                logging: s3_ok(null),
            },
            {
                name: 'acme-eu-analytics',
                arn: 'arn:aws:s3:::acme-eu-analytics',
                region: 'eu-west-1',
                createdAt: '2025-01-20T08:00:00.000Z',
                tags: s3_ok({ Environment: 'staging', DataCritical: 'true' }),
                encryption: { ok: true, value: null },
                versioning: { ok: true, value: 'Enabled' },
                // With the account's ACL settings, all four are on.
                publicAccessBlock: {
                    ok: true,
                    value: {
                        blockPublicAcls: false,
                        ignorePublicAcls: false,
                        blockPublicPolicy: true,
                        restrictPublicBuckets: true,
                    },
                },
                policy: { ok: true, value: tlsDenyPolicy('acme-eu-analytics', false) },
                policyStatus: s3_ok({ isPublic: false }),
                acl: s3_ok([OWNER]),
                objectOwnership: s3_ok(null),
                logging: s3_ok({ targetBucket: 'acme-eu-logs', targetPrefix: 's3/acme-eu-analytics/' }),
            },
            {
                name: 'acme-eu-logs',
                arn: 'arn:aws:s3:::acme-eu-logs',
                region: 'eu-west-1',
                createdAt: '2022-11-30T23:59:59.000Z',
                tags: s3_ok({ Environment: 'production', Team: 'sre' }),
                encryption: { ok: true, value: [{ algorithm: 'AES256' }] },
                versioning: { ok: true, value: null },
                publicAccessBlock: { ok: true, value: ALL_ON },
                policy: { ok: false, error: POLICY_DENIED },
                policyStatus: s3_ok({ isPublic: false }),
                // The log bucket still lets the S3 log delivery group write through its ACL.
                acl: s3_ok([OWNER, group('s3/LogDelivery', 'WRITE'), group('s3/LogDelivery', 'READ_ACP')]),
                objectOwnership: s3_ok('ObjectWriter'),
                logging: s3_ok(null),
            },
        ]),
    };
}
/** The CollectionErrors matching the failed reads of `sampleS3Inventory`. */
function sampleS3Errors() {
    // The collector records a bucket's failed reads under the bucket's own region (acme-eu-logs).
    return [{ service: 's3', region: 'eu-west-1', ...POLICY_DENIED }];
}

;// CONCATENATED MODULE: ./src/demo/index.ts





/**
 * The bundled inventory of an imperfect two-region account: every implemented check fails
 * somewhere in it. `posture-gate demo` evaluates it with no AWS account and no network.
 */
function sampleInventory() {
    const infra = sampleInfraRegions();
    const efs = sampleEfsRegions();
    return {
        schemaVersion: inventory/* INVENTORY_SCHEMA_VERSION */.Gi,
        account: '111122223333',
        collectedAt: '2026-11-01T06:00:00.000Z',
        regions: ['us-east-1', 'eu-west-1'],
        services: [...inventory/* SERVICES */.Bg],
        global: {
            s3: sampleS3Inventory(),
            iam: withCredentials(sampleIamInventory()),
        },
        regional: {
            'us-east-1': { ...infra['us-east-1'], efs: efs['us-east-1'] },
            'eu-west-1': { ...infra['eu-west-1'], efs: efs['eu-west-1'] },
        },
        errors: [...sampleS3Errors(), ...sampleEfsErrors()],
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./node_modules/cli-table3/index.js
var cli_table3 = __nccwpck_require__(5832);
var cli_table3_default = /*#__PURE__*/__nccwpck_require__.n(cli_table3);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __nccwpck_require__(9378);
// EXTERNAL MODULE: ./src/aws/permissions.ts
var aws_permissions = __nccwpck_require__(1105);
// EXTERNAL MODULE: ./src/model/money.ts
var money = __nccwpck_require__(5221);
// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __nccwpck_require__(3111);
// EXTERNAL MODULE: ./src/triage/gate.ts
var triage_gate = __nccwpck_require__(4873);
;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping of AWS-sourced text (names, tags, ids, messages) for the places reports put it. AWS lets
 * account users write almost any character into a name, so every value is treated as hostile.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * C0, DEL, C1 and line separators end a table row or move a terminal's cursor; bidi overrides
 * reorder what a reader sees.
 */
const UNSAFE_CHARACTERS = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// `$` starts GitHub math; `|` splits a table cell even inside other inline spans.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+!|~{}$]/g;
/**
 * Text for a markdown table cell or inline text, safe in GitHub's renderer: shows the literal
 * characters, never becomes HTML, a link, a list or a new row.
 */
function escapeMarkdown(text) {
    return (text
        .replace(UNSAFE_CHARACTERS, ' ')
        .replace(MARKDOWN_PUNCTUATION, '\\$&')
        // A leading list marker would start a list where the text begins a line.
        .replace(/^(\s*)-/, '$1\\-')
        .replace(/^(\s*\d+)\./, '$1\\.')
        // Entities last: the markdown pass must not see the `#` and `;` they add.
        .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)
        // GitHub turns `@name` into a mention that notifies people, even after escaping; a word
        // joiner keeps the text as shown and stops the mention. `user@example.com` is never one.
        .replace(/(^|\W)@(?=\w)/g, '$1@\u2060'));
}
/** Markdown punctuation as numeric entities: inert in HTML and in markdown alike. */
const HTML_AND_MARKDOWN = /[&<>"'\\`*_[\]()#+!|~{}$]/g;
/**
 * Text for HTML content or a quoted attribute (a `<summary>`, a link's `href`): every HTML
 * metacharacter as an entity, markdown punctuation as a numeric entity (GitHub may still treat
 * the text as markdown), controls as spaces, and no `@mention`.
 */
function escapeHtml(text) {
    return text
        .replace(UNSAFE_CHARACTERS, ' ')
        .replace(HTML_AND_MARKDOWN, (c) => HTML_ENTITIES[c] ?? `&#${c.charCodeAt(0)};`)
        .replace(/(^|\W)@(?=\w)/g, '$1@\u2060');
}
/** A quoted HTML attribute value (a link's `href`): the HTML metacharacters as entities. */
function escapeAttribute(text) {
    return text.replace(UNSAFE_CHARACTERS, '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
/**
 * ANSI sequences: CSI (7-bit or 8-bit) with its parameters, terminated OSC/DCS/APC/PM/SOS
 * strings, and other ESC sequences (whose final byte is not a string or CSI introducer). An
 * unterminated string is left for the control pass so the text after it stays visible.
 */
const ANSI_SEQUENCE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[ -/]*[0-OQ-WYZ\\`-~]/g;
/**
 * Invisible format characters (Unicode category Cf: soft hyphen, zero-width spaces and joiners,
 * bidi marks, the byte-order mark, tag characters) and the other default-ignorable code points.
 * A terminal shows nothing for them, and a culture-aware comparison skips them, so `#\u00ad#[`
 * could read as `##[`; shown escaped, they can neither hide text nor split a command marker.
 */
const INVISIBLE_CHARACTERS = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/**
 * What the Actions runner reads as a workflow command in a line a step writes (actions/runner,
 * src/Runner.Common/ActionCommand.cs): `##[` anywhere in the line; `::` at its start, once
 * leading whitespace is trimmed, when another `::` follows (a lone `::/0` is never a command);
 * and, inside a command, the `%` encodings it decodes (`%25`, `%0D`, `%0A` in data, `%3A` and
 * `%2C` in properties, `%3B` and `%5D` in `##[` commands), matched here in either case.
 */
const COMMAND_MARKER = /##\[|^(\s*):(?=:[\s\S]*::)|%(?=25|0d|0a|3a|2c|3b|5d)/giu;
/** Shows a character as `\xNN`, `\uNNNN` or `\u{NNNNN}`: visible, and never one the runner reads. */
function shown(character) {
    const code = character.codePointAt(0) ?? 0;
    if (code > 0xffff)
        return `\\u{${code.toString(16)}}`;
    return code > 0xff
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : `\\x${code.toString(16).padStart(2, '0')}`;
}
/**
 * One line of text for a terminal and for the Actions log, the one escaping every log line with
 * AWS-sourced text goes through: ANSI sequences removed; control, line-breaking, bidi and
 * invisible characters shown as `\xNN` or `\uNNNN`, so a name cannot move the cursor, recolor
 * the terminal, reorder or hide text, or start a new line; and the runner's command markers
 * shown with one character escaped (`##[` as `##\x5b`, a leading `::` as `\x3a:`, `%0A` as
 * `\x250A`), so no line can carry a workflow command (an annotation, `add-mask`,
 * `stop-commands`) whatever a resource is named. The text is taken to start a line, the
 * strictest place. The result has no line break, and a second pass leaves it unchanged.
 */
function escapeConsole(text) {
    return text
        .replace(ANSI_SEQUENCE, '')
        .replace(UNSAFE_CHARACTERS, shown)
        .replace(INVISIBLE_CHARACTERS, shown)
        .replace(COMMAND_MARKER, (marker, indent) => marker === '##[' ? '##\\x5b' : marker === '%' ? '\\x25' : `${indent ?? ''}\\x3a`);
}
/** A colour (SGR) sequence, the only ANSI sequence a line may keep. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const COLOR_SEQUENCE = /(\u001b\[[0-9;]*m)/;
/**
 * Text of several lines for the Actions log (a rendered table, a message that may hold a line
 * break): each line escaped with {@link escapeConsole}, the line breaks kept. With `keepColor`,
 * for text posture-gate coloured itself (the console report, whose cells are already escaped),
 * the colour sequences stay and the text between them is escaped.
 */
function escapeLog(text, options = {}) {
    const escapeLine = (line) => options.keepColor
        ? line
            .split(COLOR_SEQUENCE)
            .map((part, i) => (i % 2 === 1 ? part : escapeConsole(part)))
            .join('')
        : escapeConsole(line);
    return text
        .split(/\r\n|\r|\n/)
        .map(escapeLine)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/report/notices.ts
/** How a message names a suppressions entry: its place in the file and what it covers. */
function suppressionLabel(entry) {
    const on = entry.resource === undefined ? '' : ` on ${entry.resource}`;
    return `suppressions[${entry.index}] (${entry.check}${on})`;
}
/**
 * What a run tells a person besides its findings, one line each: the baseline's warnings, and
 * suppressions that expired, expire soon, or matched nothing. Text from AWS never appears here,
 * only text from the user's own files; renderers still escape it for their medium.
 */
function runWarnings(report) {
    const outcome = report.suppressions;
    return [
        ...(report.warnings ?? []),
        ...(outcome?.expired ?? []).map((e) => `${suppressionLabel(e)} expired on ${e.expires}: it suppresses nothing, and its findings count again.`),
        ...(outcome?.expiringSoon ?? []).map((e) => `${suppressionLabel(e)} expires on ${e.expires}: renew it with a reason, or fix the finding.`),
        ...(outcome?.unused ?? []).map((e) => `${suppressionLabel(e)} matched no finding: remove it if the exception is no longer needed.`),
    ];
}

;// CONCATENATED MODULE: ./src/report/format.ts
// Text formatting shared by the renderers: clipping, counts, resource labels, permissions.


/** Longest value shown, in characters: one absurd name must not crowd out every other row. */
const MAX_VALUE_CHARS = 400;
/** Longest resource name in a `name (id)` label, so the id after it is never clipped away. */
const MAX_NAME_CHARS = 200;
/** Cut to `max` UTF-16 units with a `...` mark, never between the two halves of a character. */
function clip(text, max = MAX_VALUE_CHARS) {
    if (text.length <= max)
        return text;
    const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 4)) ? max - 4 : max - 3;
    return `${text.slice(0, end)}...`;
}
function formatCount(count) {
    return count.toLocaleString('en-US');
}
/** `name (id)` when the resource has a name of its own, else the id. */
function resourceLabel(result, maxNameChars = MAX_NAME_CHARS) {
    const { resourceName, resourceId } = result;
    return resourceName && resourceName !== resourceId
        ? `${clip(resourceName, maxNameChars)} (${resourceId})`
        : resourceId;
}
/**
 * IAM permissions to grant: those of access-denied calls that left a check UNKNOWN or a
 * collection incomplete. Throttled or failed calls are not a permission problem.
 */
function permissionsToGrant(report) {
    const permissions = new Set();
    for (const { status, suppressed, failedCall } of report.results) {
        if (status !== 'UNKNOWN' || suppressed || !failedCall)
            continue;
        if ((0,aws_errors/* classOf */.Kl)(failedCall) !== 'denied')
            continue;
        for (const action of (0,aws_permissions/* permissionsFor */.mr)(failedCall.operation))
            permissions.add(action);
    }
    for (const e of report.errors) {
        if ((0,aws_errors/* classOf */.Kl)(e) !== 'denied')
            continue;
        for (const action of (0,aws_permissions/* permissionsFor */.mr)(e.operation))
            permissions.add(action);
    }
    return [...permissions].sort();
}
const CLASS_LABELS = {
    denied: 'access denied',
    throttled: 'throttled',
    'not-found': 'not found',
    timeout: 'timed out',
    network: 'network error',
    malformed: 'malformed response',
    service: 'AWS service error',
    internal: 'internal error of posture-gate',
};
/** A failed call's code with its class in words: `AccessDenied (access denied)`. */
function errorLabel(failure) {
    return `${failure.code} (${CLASS_LABELS[(0,aws_errors/* classOf */.Kl)(failure)]})`;
}

;// CONCATENATED MODULE: ./src/report/efs.ts


function throughputCell(fs) {
    return fs.provisionedThroughputMibps !== null
        ? `${fs.throughputMode} ${fs.provisionedThroughputMibps} MiB/s`
        : fs.throughputMode;
}
/** The per-file-system table of the console output and the job summary. */
function efsTable(report) {
    const efs = report.resources.efs;
    if (!efs || efs.fileSystems.length === 0)
        return undefined;
    return {
        title: 'EFS file systems',
        columns: [
            'Region',
            'File system',
            'Name',
            'State',
            'Size GB',
            'Throughput',
            'Performance',
            'Encrypted',
            'Storage',
            'FAIL C/H/M/L',
            'Findings',
            'Savings/month',
            'Usage checks',
        ],
        rows: efs.fileSystems.map((fs) => [
            fs.region,
            fs.id,
            fs.name ?? '',
            fs.state,
            fs.sizeGb === null ? 'unknown' : fs.sizeGb.toFixed(2),
            throughputCell(fs),
            fs.performanceMode,
            fs.encrypted ? 'yes' : 'no',
            fs.storage,
            model_results/* SEVERITIES */.oC.map((s) => fs.failCounts[s]).join('/'),
            fs.findingCategories.join(', '),
            (0,money/* formatUsd */.U)(fs.monthlySavingsUsd),
            fs.usageChecks,
        ]),
    };
}

;// CONCATENATED MODULE: ./src/report/tables.ts

/** One builder per analyzer that has a resource table, in the order they are shown. */
const TABLE_BUILDERS = [efsTable];
function resourceTables(report) {
    return TABLE_BUILDERS.map((build) => build(report)).filter((t) => !!t);
}

;// CONCATENATED MODULE: ./src/report/console.ts










/** The width used when the terminal's is unknown (not a TTY, the action log). */
const DEFAULT_WIDTH = 80;
/** Narrower terminals get this width anyway: a table needs some room. */
const MIN_WIDTH = 40;
/**
 * Whether to color, the way Node decides for its own output: `FORCE_COLOR` set to an empty
 * string, 1, 2, 3 or true forces color (any other value turns it off), else `NO_COLOR` (not
 * empty) turns it off, else color only on a TTY that is not `TERM=dumb`.
 */
function colorWanted(env, isTTY) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return ['', '1', '2', '3', 'true'].includes(force.trim().toLowerCase());
    if (env.NO_COLOR)
        return false;
    return isTTY && env.TERM !== 'dumb';
}
const SEVERITY_COLORS = {
    critical: 31,
    high: 35,
    medium: 33,
    low: 36,
};
/** Longest resource name and detail shown: cli-table3 wraps in time quadratic in cell length. */
const console_MAX_NAME_CHARS = 60;
const MAX_DETAIL_CHARS = 300;
/** Longest resource-table cell, in characters. */
const MAX_RESOURCE_CELL_CHARS = 60;
/**
 * Resource rows shown in all: cli-table3 needs up to milliseconds a row (50,000 would take
 * minutes), and a terminal cannot show tens of thousands usefully. The JSON report has every one.
 */
const MAX_TABLE_ROWS = 1000;
const notShown = (rows) => `${formatCount(rows)} more rows not shown; the JSON report lists every one.`;
/** Columns a text takes: one per code point (AWS names are mostly ASCII). */
const columns = (text) => [...text].length;
/**
 * Text broken at spaces into lines of at most `width` columns; a word longer than a line (a
 * URL, an ARN) is cut across lines rather than left to overflow.
 */
function wrapText(text, width, indent = '', first = indent) {
    const lines = [];
    let line = first;
    let hasWord = false;
    for (const word of text.split(' ')) {
        if (word === '')
            continue;
        const joined = hasWord ? `${line} ${word}` : `${line}${word}`;
        if (columns(joined) <= width) {
            line = joined;
            hasWord = true;
            continue;
        }
        if (hasWord) {
            lines.push(line);
            line = indent;
        }
        let rest = [...word];
        const room = Math.max(1, width - columns(line));
        while (rest.length > room) {
            lines.push(`${line}${rest.slice(0, room).join('')}`);
            rest = rest.slice(room);
            line = indent;
        }
        line = `${line}${rest.join('')}`;
        hasWord = true;
    }
    lines.push(line);
    return lines;
}
/**
 * Column widths (padding included) that fit `total` columns with the borders: the widest
 * column gives way first, none below its minimum.
 */
function fitWidths(natural, minimum, total) {
    const widths = natural.map((w, i) => Math.max(w, minimum[i] ?? 0));
    let excess = widths.reduce((a, b) => a + b, 0) + widths.length + 1 - total;
    while (excess > 0) {
        let widest = -1;
        for (let i = 0; i < widths.length; i++) {
            const w = widths[i] ?? 0;
            if (w > (minimum[i] ?? 0) && (widest < 0 || w > (widths[widest] ?? 0)))
                widest = i;
        }
        if (widest < 0)
            break;
        widths[widest] = (widths[widest] ?? 0) - 1;
        excess--;
    }
    return widths;
}
/**
 * A box table in these column widths (padding included). Cells are wrapped here, at spaces and
 * inside words too long for the column, so cli-table3 never cuts one short; its default colors on
 * headers and borders are off, so the output is deterministic.
 */
function boxTable(head, rows, widths) {
    const fit = (cells) => cells.map((cell, i) => wrapText(cell, Math.max(1, (widths[i] ?? 3) - 2)).join('\n'));
    const table = new (cli_table3_default())({
        head: fit(head),
        colWidths: widths,
        wordWrap: false,
        style: { head: [], border: [] },
    });
    for (const row of rows)
        table.push(fit(row));
    return table.toString();
}
/** Natural column widths of a table: its longest cell plus the padding. */
const naturalWidths = (head, rows) => head.map((h, i) => Math.max(columns(h), ...rows.map((r) => columns(r[i] ?? ''))) + 2);
/** What a result that could not be assessed needs: the permission, or the call that failed. */
function unknownCause(result) {
    const call = result.failedCall;
    if (!call)
        return 'not determined from the data collected';
    if ((0,aws_errors/* classOf */.Kl)(call) === 'denied')
        return `grant ${(0,aws_permissions/* permissionsFor */.mr)(call.operation).join(' and ')}`;
    return `${call.operation} failed (${call.code})`;
}
const plural = (count, noun) => `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
/** The report for a terminal: verdict, failed checks by check, resource tables, what is missing. */
function renderConsole(report, options = {}) {
    const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
    const paint = (code, text) => options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const safe = (text, max) => escapeConsole(clip(text, max));
    const lines = [];
    const say = (text, indent = '', first = indent) => {
        lines.push(...wrapText(text, width, indent, first));
    };
    /** A wrapped line whose first word (not escaped text) is painted. */
    const sayPainted = (code, word, rest) => {
        const wrapped = wrapText(`${word}${rest}`, width);
        wrapped[0] = `${paint(code, word)}${(wrapped[0] ?? '').slice(word.length)}`;
        lines.push(...wrapped);
    };
    const { gate, summary } = report;
    if (!options.quiet) {
        say(`${safe(report.tool.name)} ${safe(report.tool.version)}: AWS account ${safe(report.account)}, ` +
            `regions ${safe(report.regions.join(', '))}, services ${safe(report.services.join(', '))}`);
    }
    const reportOnly = gate.result === 'passed' && (0,triage_gate/* isReportOnly */.fN)(report.config);
    const verdict = reportOnly ? 'REPORT ONLY' : gate.result.toUpperCase();
    sayPainted(gate.result === 'passed' ? 32 : 31, verdict, report.scoreEvaluated
        ? `: posture score ${report.score} of 100`
        : ': nothing was evaluated (no security, resilience or operations check returned PASS or FAIL)');
    for (const reason of gate.reasons)
        say(safe(reason), '    ', '  - ');
    if (options.quiet)
        return `${lines.join('\n')}\n`;
    for (const warning of runWarnings(report))
        say(`Warning: ${safe(warning, Infinity)}`, '  ', '');
    const hasBaseline = report.results.some((r) => r.baseline !== undefined) || report.resolved.length > 0;
    if (hasBaseline) {
        say(`Since the baseline: ${formatCount(summary.new)} new, ${formatCount(summary.resolved)} resolved.`);
    }
    lines.push('');
    const failed = report.results
        .filter((r) => r.status === 'FAIL' && !r.suppressed)
        .sort(model_results/* compareResults */.ex);
    const groups = new Map();
    for (const r of failed)
        groups.set(r.checkId, [...(groups.get(r.checkId) ?? []), r]);
    if (failed.length > 0) {
        say(`Failed checks (${formatCount(failed.length)}) in ${plural(groups.size, 'check')}`);
        const manyAccounts = new Set(failed.map((r) => r.account)).size > 1;
        let budget = MAX_TABLE_ROWS;
        for (const results of groups.values()) {
            const first = results[0];
            if (!first)
                continue;
            lines.push('');
            sayPainted(SEVERITY_COLORS[first.severity], first.severity, ` ${safe(first.checkId)}: ${safe(first.title)} (${plural(results.length, 'resource')})`);
            say(`Fix: ${safe(first.remediation.text, Infinity)}`, '  ', '  ');
            say(safe(first.remediation.url, Infinity), '  ', '  ');
            const shown = results.slice(0, Math.max(0, budget));
            budget -= shown.length;
            if (shown.length > 0) {
                const head = [
                    'Resource',
                    ...(manyAccounts ? ['Account'] : []),
                    'Region',
                    ...(hasBaseline ? ['Since'] : []),
                    'Detail',
                ];
                const rows = shown.map((r) => [
                    safe(resourceLabel(r, console_MAX_NAME_CHARS)),
                    ...(manyAccounts ? [safe(r.account)] : []),
                    safe(r.region),
                    ...(hasBaseline ? [r.baseline === 'new' ? 'new' : 'existing'] : []),
                    safe(r.detail, MAX_DETAIL_CHARS),
                ]);
                const natural = naturalWidths(head, rows);
                // Resource and detail give way; account, region and since stay whole when they can.
                const minimum = head.map((h, i) => h === 'Resource' || h === 'Detail' ? Math.min(natural[i] ?? 0, 12) : (natural[i] ?? 0));
                lines.push(boxTable(head, rows, fitWidths(natural, minimum, width)));
            }
            if (shown.length < results.length)
                lines.push(notShown(results.length - shown.length));
        }
        lines.push('');
    }
    else {
        lines.push('No failed checks.', '');
    }
    for (const resources of resourceTables(report)) {
        lines.push(...renderResourceTable(resources, width, safe), '');
    }
    if (summary.monthlySavingsUsd > 0) {
        say(`Estimated savings: ${(0,money/* formatUsd */.U)(summary.monthlySavingsUsd)} a month`);
    }
    const unknown = report.results.filter((r) => r.status === 'UNKNOWN' && !r.suppressed);
    if (unknown.length > 0) {
        say(`Could not be assessed: ${formatCount(unknown.length)} UNKNOWN results`);
        const byCause = new Map();
        for (const r of unknown)
            byCause.set(unknownCause(r), (byCause.get(unknownCause(r)) ?? 0) + 1);
        for (const [cause, count] of [...byCause].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
            say(`${safe(cause, Infinity)}: ${plural(count, 'result')}`, '    ', '  - ');
        }
    }
    const grant = permissionsToGrant(report);
    if (grant.length > 0)
        say(`Permissions to grant: ${safe(grant.join(', '), Infinity)}`, '  ', '');
    if (report.errors.length > 0) {
        say(`Collection errors: ${formatCount(report.errors.length)} (listed in the JSON report)`);
    }
    const apiCalls = Object.values(report.stats.apiCalls).reduce((n, c) => n + c, 0);
    say(`Excluded resources: ${formatCount(summary.excluded)}. ` +
        `Suppressed results: ${formatCount(summary.suppressed)}. ` +
        `AWS API calls: ${formatCount(apiCalls)}.`);
    return `${lines.join('\n')}\n`;
}
/** The check catalogue for a terminal (`posture-gate checks`): a box fitting the width. */
function renderCatalogueTable(rows, options = {}) {
    const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
    const head = ['Check', 'Category', 'Severity', 'Title', 'Mapping'];
    const cells = rows.map((r) => [r.id, r.category, r.severity, r.title, r.frameworks]);
    const natural = naturalWidths(head, cells);
    // The id stays whole where it can: users copy it into `checks` and `skip-checks`.
    const minimum = natural.map((w, i) => (i === 0 ? w : Math.min(w, 8)));
    return `${boxTable(head, cells, fitWidths(natural, minimum, width))}\n`;
}
/**
 * A resource table as a box when its columns fit the width, else one wrapped line per row
 * (`Column: value; ...`), which any width can show.
 */
function renderResourceTable(resources, width, safe) {
    const head = resources.columns.map((c) => safe(c));
    const rows = resources.rows
        .slice(0, MAX_TABLE_ROWS)
        .map((row) => row.map((cell) => safe(cell, MAX_RESOURCE_CELL_CHARS)));
    const more = resources.rows.length > MAX_TABLE_ROWS
        ? [notShown(resources.rows.length - MAX_TABLE_ROWS)]
        : [];
    const natural = naturalWidths(head, rows);
    const minimum = natural.map((w) => Math.min(w, 10));
    const title = wrapText(safe(resources.title), width);
    if (minimum.reduce((a, b) => a + b, 0) + head.length + 1 <= width) {
        return [...title, boxTable(head, rows, fitWidths(natural, minimum, width)), ...more];
    }
    const lines = [...title];
    for (const row of rows) {
        const text = row.map((cell, i) => `${head[i]}: ${cell === '' ? '-' : cell}`).join('; ');
        lines.push(...wrapText(text, width, '    ', '  - '));
    }
    return [...lines, ...more];
}

;// CONCATENATED MODULE: ./src/report/catalogue.ts

/** A pipe splits a markdown table cell, even inside a code span: `\|` shows it instead. */
const cell = (text) => text.replace(/\|/g, '\\|');
/** `FSBP EFS.1, EFS.8; CIS 2.4.1`, or empty when the check maps to neither. */
function frameworksText(meta) {
    return [
        meta.frameworks.fsbp?.length ? `FSBP ${meta.frameworks.fsbp.join(', ')}` : '',
        meta.frameworks.cis?.length ? `CIS ${meta.frameworks.cis.join(', ')}` : '',
    ]
        .filter(Boolean)
        .join('; ');
}
/** The check catalogue as a markdown table: `posture-gate checks` and the README print it. */
function renderCatalogue(rules) {
    const rows = rules.map(({ meta }) => `| \`${meta.id}\` | ${meta.category} | ${meta.severity} | ${cell(meta.title)} | ${cell(frameworksText(meta))} |`);
    return [
        '| check | category | severity | what it looks for | mapping |',
        '|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
/** The catalogue for a terminal, fitting `width` columns (`posture-gate checks`). */
function renderCatalogueText(rules, width) {
    return renderCatalogueTable(rules.map(({ meta }) => ({ ...meta, frameworks: frameworksText(meta) })), width === undefined ? {} : { width });
}
/** The catalogue as JSON (`posture-gate checks --format json`): one object per check. */
function renderCatalogueJson(rules) {
    const checks = rules.map(({ meta }) => ({
        id: meta.id,
        title: meta.title,
        service: meta.service,
        category: meta.category,
        severity: meta.severity,
        resourceType: meta.resourceType,
        frameworks: meta.frameworks,
        remediation: meta.remediation,
    }));
    return `${JSON.stringify(checks, null, 2)}\n`;
}
/** Section headings of docs/checks.md, one per service. */
const SERVICE_NAMES = {
    efs: 'EFS',
    ec2: 'EC2',
    sg: 'Security groups',
    rds: 'RDS',
    s3: 'S3',
    iam: 'IAM',
};
/**
 * Metadata text as markdown that shows it as written: `code` spans are kept, every other
 * character markdown would act on is escaped, and line breaks become spaces (a table row and a
 * list item are one line each).
 */
function docText(text) {
    const plain = (part) => part
        .replace(/[\\`*[\]<>|~$]/g, '\\$&')
        // An underscore inside a word (AFTER_30_DAYS) never starts emphasis: leave it readable.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
    return text
        .replace(/\s*\n\s*/g, ' ')
        .split(/(`[^`]+`)/)
        .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, '\\|') : plain(part)))
        .join('');
}
/** GitHub's anchor for a heading: lower case, punctuation other than `-` and `_` dropped. */
function catalogue_anchor(heading) {
    return heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
}
const catalogue_plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
function frameworkList(ids) {
    return ids?.length ? ids.join(', ') : '';
}
function checkSection(meta) {
    const title = docText(meta.title);
    return [
        `### \`${meta.id}\``,
        '',
        /[.!?]$/.test(title) ? title : `${title}.`,
        '',
        `- Service: \`${meta.service}\`; category: ${meta.category}; severity: ${meta.severity}`,
        `- FAIL when: ${docText(meta.failWhen)}`,
        `- Frameworks: ${frameworksText(meta) || 'none'}`,
        `- Remediation: ${docText(meta.remediation.text)}`,
        `- AWS documentation: <${meta.remediation.url}>`,
        '',
    ];
}
/**
 * docs/checks.md: every check of `rules`, grouped by service in catalogue order, from the rules'
 * own metadata. `npm run docs` writes it; a unit test fails when the file is stale.
 */
function renderChecksDoc(rules) {
    const services = [];
    for (const { meta } of rules)
        if (!services.includes(meta.service))
            services.push(meta.service);
    const ofService = (service) => rules.map((rule) => rule.meta).filter((meta) => meta.service === service);
    const lines = [
        '# Checks',
        '',
        "<!-- Generated from the rules' metadata by `npm run docs`: do not edit by hand. -->",
        '',
        'Every check posture-gate runs, grouped by service. A check gives one result per resource it',
        'judges: PASS, FAIL, or UNKNOWN when the data it needs could not be read (the result then names',
        'the failed call and the IAM permission to grant). Frameworks are the AWS Security Hub',
        'Foundational Security Best Practices (FSBP) controls and the CIS AWS Foundations Benchmark',
        'v3.0 recommendations a check maps to. `posture-gate checks` prints the short table of the',
        'README.',
        '',
        ...services.map((service) => `- [${SERVICE_NAMES[service]}](#${catalogue_anchor(SERVICE_NAMES[service])}): ${catalogue_plural(ofService(service).length, 'check')}`),
        '',
    ];
    for (const service of services) {
        const metas = ofService(service);
        lines.push(`## ${SERVICE_NAMES[service]}`, '', '| check | title | category | severity | FSBP | CIS |', '|---|---|---|---|---|---|', ...metas.map((meta) => `| [\`${meta.id}\`](#${catalogue_anchor(meta.id)}) | ${docText(meta.title)} | ${meta.category} | ${meta.severity} | ${cell(frameworkList(meta.frameworks.fsbp))} | ${cell(frameworkList(meta.frameworks.cis))} |`), '', ...metas.flatMap(checkSection));
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./src/model/report.ts
var model_report = __nccwpck_require__(5235);
;// CONCATENATED MODULE: ./src/report/json.ts


function compareErrors(a, b) {
    return ((0,model_results/* compareText */.n6)(a.service, b.service) ||
        (0,model_results/* compareText */.n6)(a.region, b.region) ||
        (0,model_results/* compareText */.n6)(a.operation, b.operation) ||
        (0,model_results/* compareText */.n6)(a.message, b.message) ||
        (0,model_results/* compareText */.n6)(a.code, b.code));
}
const REPORT_KEYS = [
    'schemaVersion',
    'tool',
    'startedAt',
    'finishedAt',
    'durationMs',
    'account',
    'regions',
    'services',
    'config',
    'score',
    'scoreEvaluated',
    'gate',
    'summary',
    'checks',
    'resourceTable',
    'results',
    'resolved',
    'errors',
    'resources',
    'suppressions',
    'warnings',
    'stats',
];
/**
 * A written result's own fields: its resource by position in `resourceTable`, its check's fields
 * only where they differ from `checks`.
 */
const RESULT_KEYS = [
    'id',
    'checkId',
    'title',
    'service',
    'category',
    'severity',
    'status',
    'resource',
    'resourceType',
    'detail',
    'evidence',
    'remediation',
    'frameworks',
    'monthlySavingsUsd',
    'failedCall',
    'suppressed',
    'baseline',
];
/**
 * The object's keys in the documented order, any others after them sorted: a report read back
 * from a file or merged from several keeps the same bytes as one built in memory.
 */
function withKeyOrder(value, order) {
    const source = value;
    const known = new Set(order);
    const keys = [
        ...order,
        ...Object.keys(source)
            .filter((k) => !known.has(k))
            .sort(model_results/* compareText */.n6),
    ];
    const out = {};
    for (const key of keys)
        if (source[key] !== undefined)
            out[key] = source[key];
    return out;
}
const sortedKeys = (value) => withKeyOrder(value, Object.keys(value).sort(model_results/* compareText */.n6));
/** Results of one check share their metadata objects, so the reference test settles most. */
const sameValue = (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b);
const sameEntry = (a, b) => model_report/* CHECK_FIELDS */.nB.every((field) => sameValue(a[field], b[field]));
/**
 * Each check's metadata as most of its results carry it (the first such, in written order, on a
 * tie). Results that differ (a DocumentDB cluster judged by an RDS check has its own resource type
 * and no framework mapping; a merged report of an older version a different title) write the
 * fields that differ, so nothing is lost.
 */
function checkCatalogue(results) {
    const candidates = new Map();
    for (const result of results) {
        const seen = candidates.get(result.checkId) ?? [];
        candidates.set(result.checkId, seen);
        const entry = (0,model_report/* checkEntryOf */.Ws)(result);
        const same = seen.find((candidate) => sameEntry(candidate.entry, entry));
        if (same)
            same.count += 1;
        else
            seen.push({ entry, count: 1 });
    }
    const catalogue = new Map();
    for (const checkId of [...candidates.keys()].sort(model_results/* compareText */.n6)) {
        const [first, ...rest] = candidates.get(checkId) ?? [];
        if (!first)
            continue;
        catalogue.set(checkId, rest.reduce((best, c) => (c.count > best.count ? c : best), first).entry);
    }
    return catalogue;
}
function writtenEntry(entry) {
    const { frameworks, ...rest } = entry;
    const mapped = Object.keys(frameworks).length > 0;
    return withKeyOrder(mapped ? { ...rest, frameworks } : rest, model_report/* CHECK_FIELDS */.nB);
}
const resourceEntryOf = (result) => withKeyOrder(Object.fromEntries(model_report/* RESOURCE_FIELDS */.Z9.map((field) => [field, result[field]])), model_report/* RESOURCE_FIELDS */.Z9);
/**
 * A resource entry as written: a report of one account names it once, at the top (a merged report
 * in every entry); an IAM principal, identified by its ARN, does not repeat it as `resourceArn`.
 */
function writtenResourceEntry(entry, reportAccount) {
    const { account, resourceArn, ...rest } = entry;
    return withKeyOrder({
        ...rest,
        ...(account === reportAccount ? {} : { account }),
        ...(resourceArn === undefined || (0,model_report/* isArnNamed */.Fc)(entry) ? {} : { resourceArn }),
    }, model_report/* RESOURCE_FIELDS */.Z9);
}
const compareEntries = (a, b) => (0,model_results/* compareText */.n6)(a.account, b.account) ||
    (0,model_results/* compareText */.n6)(a.region, b.region) ||
    (0,model_results/* compareText */.n6)(a.resourceId, b.resourceId) ||
    (0,model_results/* compareText */.n6)(a.resourceArn ?? '', b.resourceArn ?? '') ||
    (0,model_results/* compareText */.n6)(a.resourceName ?? '', b.resourceName ?? '');
function resourceTable(results) {
    // Keys live only while a result is looked at: a report of 160,000 results keeps one per resource.
    const firstSeen = new Map();
    const entries = [];
    const positions = new Uint32Array(results.length);
    results.forEach((result, i) => {
        const key = JSON.stringify(model_report/* RESOURCE_FIELDS */.Z9.map((field) => result[field] ?? null));
        let seen = firstSeen.get(key);
        if (seen === undefined) {
            seen = entries.push(resourceEntryOf(result)) - 1;
            firstSeen.set(key, seen);
        }
        positions[i] = seen;
    });
    const order = entries
        .map((_, i) => i)
        .sort((a, b) => compareEntries(entries[a], entries[b]));
    const sortedPosition = new Uint32Array(entries.length);
    order.forEach((seen, position) => (sortedPosition[seen] = position));
    positions.forEach((seen, i) => (positions[i] = sortedPosition[seen]));
    return { entries: order.map((seen) => entries[seen]), positions };
}
const RESULT_ONLY = new Set(model_report/* RESOURCE_FIELDS */.Z9);
function writtenResult(result, entry, resource) {
    const own = { resource };
    for (const [key, value] of Object.entries(result)) {
        if (RESULT_ONLY.has(key))
            continue;
        const checkField = entry !== undefined && model_report/* CHECK_FIELDS */.nB.includes(key);
        if (!checkField || !sameValue(value, entry[key]))
            own[key] = value;
    }
    return withKeyOrder(own, RESULT_KEYS);
}
// Printed to a workflow log (`--format json`), a line holding `##[` would be a runner command;
// `#` appears only inside strings, where `\u005b` is the same `[` to every JSON reader.
const safe = (json) => json.replace(/##\[/g, '##\\u005b');
/** A value as a member of the top-level object: 2-space indent, nested one level. */
const member = (key, value) => safe(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
/**
 * One item per line, unindented: the file stays readable and line-diffable at a fraction of the
 * bytes (four spaces before each of 160,000 results would be 2% of the file).
 */
function* lineList(key, items, written) {
    if (items.length === 0) {
        yield `  ${JSON.stringify(key)}: []`;
        return;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    for (let i = 0; i < items.length; i += 1) {
        const line = safe(JSON.stringify(written(items[i], i)));
        yield `${line}${i < items.length - 1 ? ',\n' : '\n'}`;
    }
    yield '  ]';
}
/**
 * The JSON report, schemaVersion 3, in pieces to be written one after the other: the same bytes
 * for the same report, whatever order its parts arrived in.
 */
function* jsonChunks(report) {
    const results = [...report.results].sort(model_results/* compareResults */.ex);
    const resolved = [...report.resolved].sort(model_results/* compareResults */.ex);
    const all = [...results, ...resolved];
    const catalogue = checkCatalogue(all);
    const table = resourceTable(all);
    const written = (offset) => (result, index) => writtenResult(result, catalogue.get(result.checkId), table.positions[offset + index]);
    const ordered = withKeyOrder({
        ...report,
        schemaVersion: model_report/* REPORT_SCHEMA_VERSION */.WI,
        checks: Object.fromEntries([...catalogue].map(([checkId, entry]) => [checkId, writtenEntry(entry)])),
        resourceTable: table.entries,
        errors: [...report.errors].sort(compareErrors),
        // Calls finish in whatever order concurrency gives; the maps are keyed, so sort them.
        stats: withKeyOrder({
            ...report.stats,
            apiCalls: sortedKeys(report.stats.apiCalls),
            durationMsByService: sortedKeys(report.stats.durationMsByService),
        }, ['apiCalls', 'durationMsByService']),
    }, REPORT_KEYS);
    yield '{\n';
    let first = true;
    for (const [key, value] of Object.entries(ordered)) {
        if (!first)
            yield ',\n';
        first = false;
        if (key === 'results')
            yield* lineList(key, results, written(0));
        else if (key === 'resolved')
            yield* lineList(key, resolved, written(results.length));
        else if (key === 'resourceTable') {
            yield* lineList(key, table.entries, (entry) => writtenResourceEntry(entry, report.account));
        }
        else
            yield member(key, value);
    }
    yield '\n}\n';
}
/** The JSON report as one string (`--format json`): the bytes {@link jsonChunks} writes. */
function renderJson(report) {
    return [...jsonChunks(report)].join('');
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/report/markdown.ts














/** GitHub drops a step summary over 1 MiB whole; this leaves room for other steps' output. */
const DEFAULT_SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Where each check is documented: docs/checks.md of the release that wrote the report. */
const CHECKS_DOC_URL = `https://github.com/posture-gate/posture-gate/blob/v${version/* TOOL_VERSION */.w}/docs/checks.md`;
const md = (text) => escapeMarkdown(clip(text));
const html = (text) => escapeHtml(clip(text));
const bytes = (text) => external_node_buffer_namespaceObject.Buffer.byteLength(text, 'utf8');
/** Cells are raw text: every one is clipped and escaped here, so none can slip through. */
function table(columns, rows, numeric = []) {
    const line = (cells) => `| ${cells.map(md).join(' | ')} |\n`;
    const rule = `|${columns.map((_, i) => (numeric.includes(i) ? ' --: ' : ' --- ')).join('|')}|\n`;
    return { head: line(columns) + rule, rows: rows.map(line), kept: rows.length };
}
function renderPart(part) {
    if (typeof part === 'string')
        return part;
    const cut = part.rows.length - part.kept;
    const note = cut > 0 && part.note ? part.note(cut) : '';
    if (part.kept === 0)
        return note;
    return part.head + part.rows.slice(0, part.kept).join('') + (note ? `\n${note}` : '');
}
const partBytes = (part) => typeof part === 'string'
    ? bytes(part)
    : part.rows.reduce((n, row) => n + bytes(row), bytes(part.head));
/** Cut to at most `max` bytes, at the last line end when there is one, never inside a character. */
function clampBytes(text, max) {
    const buffer = external_node_buffer_namespaceObject.Buffer.from(text, 'utf8');
    if (buffer.length <= max)
        return text;
    if (max <= 0)
        return '';
    const newline = buffer.lastIndexOf(0x0a, max - 1);
    let end = newline >= 0 ? newline + 1 : max;
    while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80)
        end -= 1;
    return buffer.subarray(0, end).toString('utf8');
}
function verdict(report) {
    const { gate } = report;
    const reportOnly = gate.result === 'passed' && (0,triage_gate/* isReportOnly */.fN)(report.config);
    const label = reportOnly
        ? 'Report only'
        : { passed: 'Passed', failed: 'Failed', error: 'Error' }[gate.result];
    const score = report.scoreEvaluated
        ? `Posture score ${report.score} of 100.`
        : gate.result === 'error' && report.results.length === 0
            ? 'The scan could not run, so nothing was evaluated.'
            : 'Nothing was evaluated: no security, resilience or operations check returned PASS or FAIL, so the score of 100 says nothing.';
    const reasons = gate.reasons.map((reason) => `- ${md(reason)}\n`).join('');
    const only = reportOnly
        ? ' Nothing can fail this gate (fail-on-severity none, no minimum-score): it reports only.'
        : '';
    const warnings = runWarnings(report)
        .map((warning) => `> Warning: ${md(warning)}\n>\n`)
        .join('');
    return `**${label}.** ${score}${only}\n${reasons ? `\n${reasons}` : ''}\n${warnings ? `${warnings.slice(0, -2)}\n\n` : ''}`;
}
/** With a baseline: what is new since it, and what it had that is gone. */
function baselineParts(report) {
    if (!report.results.some((r) => r.baseline !== undefined) && report.resolved.length === 0) {
        return [];
    }
    const fresh = report.results.filter((r) => r.baseline === 'new' && !r.suppressed);
    const rows = (list) => list.map((r) => [r.severity, r.checkId, resourceLabel(r), r.region, r.detail]);
    const columns = ['Severity', 'Check', 'Resource', 'Region', 'Detail'];
    return [
        `### New since the baseline (${formatCount(fresh.length)})\n\n`,
        ...(fresh.length > 0 ? [table(columns, rows(fresh)), '\n'] : ['No new findings.\n\n']),
        `### Resolved since the baseline (${formatCount(report.resolved.length)})\n\n`,
        ...(report.resolved.length > 0 ? [table(columns, rows(report.resolved)), '\n'] : []),
    ];
}
/** With a suppressions file: what it suppressed, and its expired and unused entries. */
function suppressionParts(report) {
    const outcome = report.suppressions;
    if (!outcome)
        return [];
    const row = (e, state, matched = 0) => [
        `suppressions[${e.index}]`,
        e.check,
        e.resource ?? '(every resource)',
        e.expires,
        state,
        formatCount(matched),
        e.reason,
    ];
    const rows = [
        ...outcome.applied.map((e) => row(e, 'applied', e.matched)),
        ...outcome.expired.map((e) => row(e, 'expired')),
        ...outcome.unused.map((e) => row(e, 'unused')),
    ];
    if (rows.length === 0)
        return [];
    return [
        `### Suppressions\n\n`,
        table(['Entry', 'Check', 'Resource', 'Expires', 'State', 'Results', 'Reason'], rows, [5]),
        '\n',
    ];
}
function scopeLine(report, stable = false) {
    const regions = report.regions.length === 1 ? 'Region' : 'Regions';
    return (`${regions} ${md(report.regions.join(', '))}; services ${md(report.services.join(', '))}. ` +
        `${md(report.tool.name)} ${md(report.tool.version)}` +
        (stable ? '.\n\n' : `, finished ${md(report.finishedAt)}.\n\n`));
}
function serviceTable(report) {
    // FAIL counts in SEVERITIES order, then PASS and UNKNOWN.
    const columns = ['Critical', 'High', 'Medium', 'Low', 'Pass', 'Unknown'];
    const counts = new Map();
    for (const r of report.results) {
        if (r.suppressed)
            continue;
        const column = r.status === 'FAIL'
            ? model_results/* SEVERITIES */.oC.indexOf(r.severity)
            : model_results/* SEVERITIES */.oC.length + (r.status === 'PASS' ? 0 : 1);
        const row = counts.get(r.service) ?? columns.map(() => 0);
        row[column] = (row[column] ?? 0) + 1;
        counts.set(r.service, row);
    }
    const services = inventory/* SERVICES */.Bg.filter((s) => report.services.includes(s) || counts.has(s));
    const rows = services.map((s) => counts.get(s) ?? columns.map(() => 0));
    const totals = columns.map((_, i) => rows.reduce((n, row) => n + (row[i] ?? 0), 0));
    return table(['Service', ...columns], [
        ...services.map((s, i) => [s, ...(rows[i] ?? []).map(formatCount)]),
        ['Total', ...totals.map(formatCount)],
    ], columns.map((_, i) => i + 1));
}
function savingsRows(report) {
    return report.results
        .filter((r) => r.status === 'FAIL' && !r.suppressed && (r.monthlySavingsUsd ?? 0) > 0)
        .sort((a, b) => (b.monthlySavingsUsd ?? 0) - (a.monthlySavingsUsd ?? 0) || (0,model_results/* compareResults */.ex)(a, b));
}
/** More than one account among the results: a merged report, which needs an account column. */
function multiAccount(report) {
    const accounts = new Set([...report.results, ...report.resolved].map((r) => r.account));
    return accounts.size > 1;
}
/** A link's target, only when it is an https URL (a report read back may carry anything). */
function safeUrl(url) {
    return /^https:\/\/[^\s]+$/.test(url) ? url : undefined;
}
/** Where a check id links: its section of docs/checks.md, else its remediation page. */
function checkUrl(result) {
    return /^[a-z0-9]+\.[a-z0-9-]+$/.test(result.checkId)
        ? `${CHECKS_DOC_URL}#${catalogue_anchor(result.checkId)}`
        : safeUrl(result.remediation.url);
}
const markdown_plural = (count, noun) => `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
/** Unsuppressed FAILs grouped by check, most severe check first, each with its resource table. */
function failedCheckGroups(report, failed, reportPath) {
    const withBaseline = report.results.some((r) => r.baseline !== undefined);
    const withAccount = multiAccount(report);
    const groups = [];
    let current = [];
    const where = reportPath ? `the JSON report ${md(reportPath)}` : 'the JSON report';
    const close = () => {
        const first = current[0];
        if (!first)
            return;
        const resourceTable = table([
            'Resource',
            ...(withAccount ? ['Account'] : []),
            'Region',
            'Detail',
            ...(withBaseline ? ['Baseline'] : []),
        ], current.map((r) => [
            resourceLabel(r),
            ...(withAccount ? [r.account] : []),
            r.region,
            r.detail,
            ...(withBaseline ? [r.baseline ?? ''] : []),
        ]));
        resourceTable.note = (cut) => `${markdown_plural(cut, 'more resource')} not shown here, to keep the summary under its size limit: every one is in ${where}.\n`;
        groups.push({ severity: first.severity, results: current, table: resourceTable });
        current = [];
    };
    for (const r of failed) {
        const first = current[0];
        if (first && (first.checkId !== r.checkId || first.severity !== r.severity))
            close();
        current.push(r);
    }
    close();
    return groups;
}
/**
 * One check's line, a `<summary>` that opens on its resources: severity, check id linked to its
 * documentation, title, how many resources (and how many new), and the remediation link. HTML,
 * so every value is HTML-escaped; the table inside is markdown (blank lines around it).
 */
function checkParts(group) {
    const first = group.results[0];
    const link = (url, text) => url ? `<a href="${escapeAttribute(url)}">${text}</a>` : text;
    const fresh = group.results.filter((r) => r.baseline === 'new').length;
    const count = markdown_plural(group.results.length, 'resource') + (fresh > 0 ? `, ${formatCount(fresh)} new` : '');
    const remediationUrl = safeUrl(first.remediation.url);
    const line = `<b>${html(first.severity)}</b> ${link(checkUrl(first), `<code>${html(first.checkId)}</code>`)} ` +
        `${html(first.title)}: ${count}` +
        (remediationUrl ? ` (${link(remediationUrl, 'remediation')})` : '');
    return [
        `<details><summary>${line}</summary>\n\n`,
        `Remediation: ${md(first.remediation.text)}\n\n`,
        group.table,
        '\n</details>\n\n',
    ];
}
/**
 * UNKNOWN results by what would unblock them: the permission to grant for a denied call; for
 * any other failed call, the call and its error; results without a failed call come last.
 */
function unknownGroups(report) {
    const groups = new Map();
    for (const r of report.results) {
        if (r.status !== 'UNKNOWN' || r.suppressed)
            continue;
        const call = r.failedCall;
        // Only a denied call is fixed by granting a permission.
        const denied = call !== undefined && (0,aws_errors/* classOf */.Kl)(call) === 'denied';
        const key = !call ? '~' : denied ? `p:${call.permission}` : `o:${call.operation}|${call.code}`;
        const group = groups.get(key) ?? {
            permission: denied ? call.permission : '',
            operations: new Set(),
            codes: new Set(),
            count: 0,
        };
        if (call) {
            group.operations.add(call.operation);
            group.codes.add(errorLabel(call));
        }
        group.count += 1;
        groups.set(key, group);
    }
    return [...groups.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, group]) => group);
}
function cutNote(budget, reportPath, failedCut, failedTotal, otherCut, endCut) {
    const kib = Math.floor((budget / 1024) * 10) / 10;
    const cuts = [
        failedCut > 0
            ? `${formatCount(failedCut)} of ${formatCount(failedTotal)} failed-check resource rows were cut, least severe first (never a check's line, never a critical).`
            : '',
        otherCut > 0 ? `${formatCount(otherCut)} rows of other tables were cut.` : '',
        endCut ? 'The end of the summary was cut.' : '',
    ];
    const where = reportPath ? `the JSON report ${md(reportPath)}` : 'the JSON report';
    return (`> **This summary was shortened to stay under ${kib} KiB.** ` +
        `${cuts.filter(Boolean).join(' ')} Every result is in ${where}.\n\n`);
}
/**
 * The job summary (and PR comment body) of DESIGN.md, never larger than the budget. Past it,
 * resource rows of failed checks go first, low then medium; then rows of the savings, resource
 * and collection-error tables; then rows of high checks. A check's line and critical rows stay.
 * The note saying so sits under the verdict.
 */
function renderMarkdown(report, options = {}) {
    const budget = options.budgetBytes ?? DEFAULT_SUMMARY_BUDGET_BYTES;
    const head = `## ${md(report.tool.name)}: AWS account ${md(report.account)}\n\n` +
        verdict(report) +
        scopeLine(report, options.stable);
    const body = [
        ...baselineParts(report),
        '### Findings by service\n\n',
        serviceTable(report),
        '\n',
    ];
    const failed = report.results
        .filter((r) => r.status === 'FAIL' && !r.suppressed)
        .sort(model_results/* compareResults */.ex);
    const groups = failedCheckGroups(report, failed, options.reportPath);
    body.push(`### Failed checks (${markdown_plural(groups.length, 'check')}, ${markdown_plural(failed.length, 'resource')})\n\n`);
    if (groups.length === 0)
        body.push('No failed checks.\n\n');
    for (const group of groups)
        body.push(...checkParts(group));
    const saving = savingsRows(report);
    const withAccount = multiAccount(report);
    const savingsTable = table([
        'Savings a month',
        'Check',
        'Resource',
        ...(withAccount ? ['Account'] : []),
        'Region',
        'Detail',
    ], saving.map((r) => [
        (0,money/* formatUsd */.U)(r.monthlySavingsUsd ?? 0),
        r.checkId,
        resourceLabel(r),
        ...(withAccount ? [r.account] : []),
        r.region,
        r.detail,
    ]), [0]);
    if (saving.length > 0 || report.summary.monthlySavingsUsd > 0) {
        const total = md((0,money/* formatUsd */.U)(report.summary.monthlySavingsUsd));
        const rowsSum = (0,money/* roundUsd */.t)(saving.reduce((sum, r) => sum + (r.monthlySavingsUsd ?? 0), 0));
        const overlap = rowsSum > report.summary.monthlySavingsUsd
            ? ' A resource that one finding would delete counts once, at its whole bill, so the rows add up to more.'
            : '';
        body.push(`### Cost savings\n\nEstimated savings: **${total} a month**.${overlap}\n\n`);
        if (saving.length > 0)
            body.push(savingsTable, '\n');
    }
    const resources = resourceTables(report).map((t) => {
        const rendered = table(t.columns, t.rows);
        body.push(`### ${md(t.title)}\n\n`, rendered, '\n');
        return rendered;
    });
    const unknowns = unknownGroups(report);
    const unknownCount = unknowns.reduce((n, g) => n + g.count, 0);
    const errors = [...report.errors].sort(compareErrors);
    const errorsTable = table(['Service', 'Region', 'Operation', 'Error', 'Permission to grant', 'Message'], errors.map((e) => [
        e.service,
        e.region,
        e.operation,
        errorLabel(e),
        (0,aws_errors/* classOf */.Kl)(e) === 'denied' ? (0,aws_permissions/* permissionFor */.Tj)(e.operation) : '',
        e.message,
    ]));
    if (unknownCount > 0 || errors.length > 0) {
        const grant = permissionsToGrant(report);
        const internal = errors.filter((e) => (0,aws_errors/* classOf */.Kl)(e) === 'internal').length;
        body.push('### Could not be assessed\n\n' +
            `UNKNOWN results (the data they need could not be read): ${formatCount(unknownCount)}. ` +
            `Failed AWS calls: ${formatCount(errors.length)}.` +
            (grant.length > 0
                ? ` Grant the scanning role these permissions and run again: ${escapeMarkdown(grant.join(', '))}.`
                : '') +
            (internal > 0
                ? ` ${formatCount(internal)} failed with an internal error of posture-gate: please report it at ${aws_errors/* BUG_REPORT_URL */.y5} with the JSON report's \`errors\`.`
                : '') +
            '\n\n');
    }
    if (unknownCount > 0) {
        body.push(table(['Permission to grant', 'Results', 'Failed operation', 'Error'], unknowns.map((g) => [
            g.permission ||
                (g.operations.size > 0
                    ? 'none: the call failed, run again'
                    : 'none (data not available)'),
            formatCount(g.count),
            [...g.operations].sort().join(', '),
            [...g.codes].sort().join(', '),
        ]), [1]), '\n');
    }
    if (errors.length > 0) {
        body.push(`<details><summary>Collection errors (${formatCount(errors.length)})</summary>\n\n`, errorsTable, '\n</details>\n\n');
    }
    body.push(...suppressionParts(report));
    const { summary } = report;
    const apiCalls = Object.values(report.stats.apiCalls).reduce((n, c) => n + c, 0);
    body.push(`Excluded resources: ${formatCount(summary.excluded)}. ` +
        `Suppressed results: ${formatCount(summary.suppressed)}. ` +
        `Expired suppressions: ${formatCount(report.suppressions?.expired.length ?? 0)}. ` +
        (report.results.some((r) => r.baseline !== undefined)
            ? `Resolved since the baseline: ${formatCount(summary.resolved)}. `
            : '') +
        (options.stable ? '' : `AWS API calls: ${formatCount(apiCalls)}.`) +
        (options.reportPath ? ` JSON report: ${md(options.reportPath)}.` : '') +
        '\n');
    const ofSeverity = (severity) => groups.filter((g) => g.severity === severity).map((g) => g.table);
    const cuts = [
        { tables: ofSeverity('low'), keep: 0, failedChecks: true },
        { tables: ofSeverity('medium'), keep: 0, failedChecks: true },
        { tables: [savingsTable], keep: 0, failedChecks: false },
        ...[...resources].reverse().map((t) => ({ tables: [t], keep: 0, failedChecks: false })),
        { tables: [errorsTable], keep: 0, failedChecks: false },
        { tables: ofSeverity('high'), keep: 0, failedChecks: true },
    ];
    return fit(head, body, cuts, budget, (failedCut, otherCut, endCut) => cutNote(budget, options.reportPath, failedCut, failed.length, otherCut, endCut));
}
/** The table of `tables` with the most rows still kept above `keep`. */
function largest(tables, keep) {
    let best;
    for (const t of tables)
        if (t.kept > keep && (!best || t.kept > best.kept))
            best = t;
    return best;
}
function fit(head, body, cuts, budget, note) {
    const total = body.reduce((n, part) => n + partBytes(part), bytes(head));
    if (total <= budget)
        return head + body.map(renderPart).join('');
    // Reserve the longest the note can be: its counts only shrink from the totals.
    const failedRows = cuts
        .filter((c) => c.failedChecks)
        .reduce((n, c) => n + c.tables.reduce((m, t) => m + t.rows.length, 0), 0);
    const otherRows = cuts
        .filter((c) => !c.failedChecks)
        .reduce((n, c) => n + c.tables.reduce((m, t) => m + t.rows.length, 0), 0);
    let excess = total + bytes(note(failedRows, otherRows, true)) - budget;
    let failedCut = 0;
    let otherCut = 0;
    for (const cut of cuts) {
        for (let t = largest(cut.tables, cut.keep); excess > 0 && t; t = largest(cut.tables, cut.keep)) {
            // A table's own note appears with its first cut row; reserve its longest form.
            if (t.kept === t.rows.length && t.note)
                excess += bytes(t.note(t.rows.length)) + 1;
            t.kept -= 1;
            excess -= bytes(t.rows[t.kept] ?? '');
            if (t.kept === 0)
                excess -= bytes(t.head) + 1;
            if (cut.failedChecks)
                failedCut += 1;
            else
                otherCut += 1;
        }
    }
    const text = body.map(renderPart).join('');
    const shortNote = note(failedCut, otherCut, false);
    if (bytes(head) + bytes(shortNote) + bytes(text) <= budget)
        return head + shortNote + text;
    // Only fixed text is left to cut (absurd reasons or titles): keep the note, cut the end.
    const endNote = note(failedCut, otherCut, true);
    return clampBytes(endNote + clampBytes(head + text, budget - bytes(endNote)), budget);
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/** The action's outputs (DESIGN.md), as the strings `core.setOutput` writes. */
function actionOutputs(report, reportPath) {
    const { summary } = report;
    return {
        score: report.score.toFixed(1),
        passed: String(report.gate.passed),
        result: report.gate.result,
        'critical-count': String(summary.bySeverity.critical),
        'high-count': String(summary.bySeverity.high),
        'medium-count': String(summary.bySeverity.medium),
        'low-count': String(summary.bySeverity.low),
        'findings-count': String(summary.fail),
        'new-findings-count': String(summary.new),
        'unknown-count': String(summary.unknown),
        'monthly-savings-usd': summary.monthlySavingsUsd.toFixed(2),
        'report-path': reportPath,
    };
}
/** Outputs of a run that could not produce a report (bad input, no credentials). */
const ERROR_OUTPUTS = { passed: 'false', result: 'error' };

// EXTERNAL MODULE: ./src/rules/index.ts + 21 modules
var src_rules = __nccwpck_require__(4655);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (DESIGN.md "SARIF"): one run, the checks as rules, one
// result per FAIL. Pure: the report and the repository file to anchor results to go in, the SARIF
// log comes out; where that file comes from (GITHUB_WORKFLOW_REF) is the entry points' business.





/** GitHub code scanning rejects a run of more results than this. */
const SARIF_MAX_RESULTS = 25_000;
/** The file stays under 10 MB (GitHub's upload limit), with room to spare. */
const SARIF_MAX_BYTES = 9_900_000;
/** The `partialFingerprints` key that carries a result's stable id. */
const FINGERPRINT_KEY = 'postureGateResultId/v1';
/** The file results are anchored to when the workflow file is not known. */
const FALLBACK_ANCHOR = 'action.yml';
const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVELS = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
/** GitHub's security-severity scale: critical 9.0 and up, high 7.0 to 8.9, and so on. */
const SECURITY_SEVERITY = {
    critical: '9.0',
    high: '7.0',
    medium: '5.0',
    low: '3.0',
};
/** GitHub shows at most 10 tags of a rule (and rejects more than 20). */
const MAX_TAGS = 10;
/** GitHub cuts rule descriptions at 1,024 characters. */
const MAX_DESCRIPTION = 1024;
/**
 * The workflow file of the run, from `GITHUB_WORKFLOW_REF`
 * (`owner/repo/.github/workflows/posture.yml@refs/heads/main`), or `action.yml` when it is not
 * set or not of that shape.
 */
function sarifAnchor(workflowRef) {
    const match = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef?.trim() ?? '');
    const path = match?.[1];
    if (!path || path.split('/').some((part) => part === '..' || part === ''))
        return FALLBACK_ANCHOR;
    return path;
}
/* eslint-disable no-control-regex -- matching control characters is the point */
/** C0, DEL, C1, line separators and bidi controls: they end a line or reorder what is shown. */
const sarif_UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
/**
 * AWS-sourced text for a SARIF message. SARIF message text is plain text in which `[` and `]`
 * start embedded links unless escaped with a backslash, and GitHub renders it as markdown: every
 * character either would act on is backslash-escaped (`#` too, which would link an issue), so a
 * resource named `<img src=x>|**bold**` shows as those characters. The message is one line, so
 * markers that act only at the start of a line need nothing.
 */
function sarifText(text) {
    return (text
        .replace(sarif_UNSAFE_CHARACTERS, ' ')
        // With `[` and `]` escaped no link can form, so `(`, `)` and `!` stay as they are.
        .replace(/[\\`*_[\]#|~$<>&]/g, '\\$&')
        // A mention notifies people, even after escaping; a word joiner keeps the text as shown.
        .replace(/(^|\W)@(?=\w)/g, '$1@\u2060'));
}
/** Our own text (a reason from the suppressions file) as one plain line. */
const plainLine = (text) => text.replace(sarif_UNSAFE_CHARACTERS, ' ');
const cut = (text, max) => text.length <= max ? text : `${text.slice(0, max - 3)}...`;
/** `s3.versioning-off` as `S3VersioningOff`: SARIF's readable rule name. */
function ruleName(checkId) {
    return checkId
        .split(/[.-]/)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
function sarif_tags(meta) {
    return [
        meta.category,
        ...(meta.frameworks.fsbp ?? []).map((id) => `FSBP:${id}`),
        ...(meta.frameworks.cis ?? []).map((id) => `CIS:${id}`),
    ].slice(0, MAX_TAGS);
}
function sarifRule(meta) {
    const { text, url } = meta.remediation;
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: cut(meta.title, MAX_DESCRIPTION) },
        fullDescription: { text: cut(meta.failWhen || meta.title, MAX_DESCRIPTION) },
        defaultConfiguration: { level: LEVELS[meta.severity] },
        // The help carries the whole FAIL condition, which the description may have had to cut.
        help: {
            text: [
                ...(meta.failWhen ? [`FAIL when: ${meta.failWhen}`] : []),
                `Remediation: ${text}`,
                `AWS documentation: ${url}`,
            ].join('\n\n'),
            markdown: [
                ...(meta.failWhen ? [`**FAIL when:** ${docText(meta.failWhen)}`] : []),
                `**Remediation:** ${docText(text)}`,
                `[AWS documentation](${url})`,
            ].join('\n\n'),
        },
        helpUri: url,
        properties: { tags: sarif_tags(meta), 'security-severity': SECURITY_SEVERITY[meta.severity] },
    };
}
/** A check's metadata as its results carry it, for a check the catalogue does not know. */
function metaOfResult(result) {
    return { id: result.checkId, ...(0,model_report/* checkEntryOf */.Ws)(result), failWhen: '' };
}
/** One line naming the resource and where it is, then the rule's detail sentence. */
function messageText(result) {
    const id = sarifText(result.resourceId);
    const name = result.resourceName && result.resourceName !== result.resourceId;
    const label = name ? `${sarifText(result.resourceName)} (${id})` : id;
    const region = result.region === 'global' ? '' : `, ${result.region}`;
    return `${result.resourceType} ${label} (account ${sarifText(result.account)}${sarifText(region)}): ${sarifText(result.detail)}`;
}
function sarifResult(result, ruleIndex, anchorPath) {
    return {
        ruleId: result.checkId,
        ruleIndex,
        level: LEVELS[result.severity],
        message: { text: messageText(result) },
        locations: [
            {
                physicalLocation: { artifactLocation: { uri: anchorPath }, region: { startLine: 1 } },
                logicalLocations: [
                    {
                        name: result.resourceId,
                        fullyQualifiedName: result.resourceArn ?? result.resourceId,
                        kind: 'resource',
                    },
                ],
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: result.id },
        ...(result.baseline
            ? { baselineState: result.baseline === 'new' ? 'new' : 'unchanged' }
            : {}),
        ...(result.suppressed
            ? {
                suppressions: [
                    {
                        kind: 'external',
                        status: 'accepted',
                        justification: plainLine(result.suppressed.reason),
                    },
                ],
            }
            : {}),
    };
}
/** The FAIL results, unsuppressed first, each part most severe first. */
function failsInOrder(report) {
    const fails = report.results.filter((r) => r.status === 'FAIL');
    const open = fails.filter((r) => !r.suppressed).sort(model_results/* compareResults */.ex);
    const suppressed = fails.filter((r) => r.suppressed).sort(model_results/* compareResults */.ex);
    return [...open, ...suppressed];
}
/** Keeps runs of different accounts and regions apart in code scanning (its "category"). */
function automationId(report) {
    const regions = report.config.regions === 'all' ? 'all' : [...report.regions].sort().join(',');
    return `posture-gate/${report.account}/${regions || 'none'}/`;
}
function byteLength(value) {
    return external_node_buffer_namespaceObject.Buffer.byteLength(JSON.stringify(value), 'utf8');
}
/**
 * The SARIF log of a report: the checks that have results as rules (catalogue order), and one
 * result per FAIL, anchored to `anchorPath`. Past `maxResults` or `maxBytes` the least severe
 * results are left out, and the run's properties say how many.
 */
function buildSarif(report, options) {
    const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
    const maxBytes = options.maxBytes ?? SARIF_MAX_BYTES;
    const catalogue = options.checks ?? src_rules.ALL_RULES.map((rule) => rule.meta);
    const order = new Map(catalogue.map((meta, index) => [meta.id, index]));
    const metaById = new Map(catalogue.map((meta) => [meta.id, meta]));
    const checkIds = [...new Set(report.results.map((r) => r.checkId))].sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || (a < b ? -1 : a > b ? 1 : 0));
    const rules = checkIds.map((id) => {
        const meta = metaById.get(id) ?? metaOfResult(report.results.find((r) => r.checkId === id));
        return sarifRule(meta);
    });
    const ruleIndex = new Map(checkIds.map((id, index) => [id, index]));
    const fails = failsInOrder(report);
    const results = fails
        .slice(0, maxResults)
        .map((r) => sarifResult(r, ruleIndex.get(r.checkId) ?? 0, options.anchorPath));
    const log = (kept, leftOut) => {
        const bySeverity = Object.fromEntries(model_results/* SEVERITIES */.oC.map((s) => [s, leftOut.filter((r) => r.severity === s).length]));
        const note = `${leftOut.length} of ${fails.length} FAIL results were left out to stay within GitHub code scanning's limits (${maxResults} results, ${maxBytes} bytes), the least severe first; the JSON report has every result.`;
        return {
            $schema: SCHEMA_URI,
            version: '2.1.0',
            runs: [
                {
                    tool: {
                        driver: {
                            name: report.tool.name,
                            version: report.tool.version,
                            ...(/^\d+\.\d+\.\d+/.test(report.tool.version)
                                ? { semanticVersion: report.tool.version }
                                : {}),
                            rules,
                        },
                    },
                    automationDetails: { id: automationId(report) },
                    invocations: [
                        {
                            executionSuccessful: report.gate.result !== 'error',
                            startTimeUtc: report.startedAt,
                            endTimeUtc: report.finishedAt,
                            ...(leftOut.length > 0
                                ? { toolExecutionNotifications: [{ level: 'warning', message: { text: note } }] }
                                : {}),
                        },
                    ],
                    results: kept,
                    properties: {
                        resultsLeftOut: leftOut.length,
                        ...(leftOut.length > 0 ? { resultsLeftOutBySeverity: bySeverity } : {}),
                    },
                },
            ],
        };
    };
    // The size of everything but the results, with the largest left-out figures it can carry.
    const frame = byteLength(log([], fails)) + 1;
    let size = frame;
    let kept = 0;
    for (const result of results) {
        const next = size + byteLength(result) + (kept > 0 ? 1 : 0);
        if (next >= maxBytes)
            break;
        size = next;
        kept += 1;
    }
    return log(results.slice(0, kept), fails.slice(kept));
}
/** The SARIF file's text: compact JSON (the size limit counts), one trailing newline. */
function renderSarif(report, options) {
    return `${JSON.stringify(buildSarif(report, options))}\n`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/report/write.ts


/** The temporary file a write of `path` goes through (a suffix, so the rename stays on one disk). */
const temporaryFile = (path, purpose = 'tmp') => `${path}.${process.pid}.${purpose}`;
/** Pieces are gathered to about this many characters per write: few system calls, little memory. */
const WRITE_BATCH = 1 << 16;
/**
 * Writes through a temporary file and a rename, so a reader never sees half a report and a failed
 * write leaves the file that was there (an earlier report) as it was. `content` may be given in
 * pieces (a large report): they are written as they come, never joined into one string.
 */
async function writeFileAtomic(path, content) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = temporaryFile(path);
    try {
        const handle = await (0,promises_.open)(temporary, 'w');
        try {
            let batch = '';
            for (const piece of typeof content === 'string' ? [content] : content) {
                batch += piece;
                if (batch.length >= WRITE_BATCH) {
                    await handle.writeFile(batch, 'utf8');
                    batch = '';
                }
            }
            if (batch !== '')
                await handle.writeFile(batch, 'utf8');
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}
/**
 * Checks, before a run, that {@link writeFileAtomic} will be able to write `path`: its directory is
 * created, a temporary file is created and removed beside it, and `path` is not a directory. An
 * existing file at `path` is never opened. Throws the file system's error (with its `code`).
 */
async function checkWritable(path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const existing = await (0,promises_.stat)(path).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    if (existing?.isDirectory()) {
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, '${path}'`), {
            code: 'EISDIR',
        });
    }
    const probe = temporaryFile(path, 'probe');
    const handle = await (0,promises_.open)(probe, 'wx');
    await handle.close();
    await (0,promises_.rm)(probe, { force: true });
}
/** Why a path cannot be written, in words, from the file system's error code. */
function writeProblem(error) {
    const { code, message } = error;
    const reasons = {
        ENOTDIR: 'a part of its directory is a file, not a directory',
        EISDIR: 'it is a directory',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EROFS: 'the file system is read-only',
        ENOSPC: 'no space left on the device',
        ENAMETOOLONG: 'the name is too long',
        ELOOP: 'too many symbolic links',
    };
    const reason = code === undefined ? undefined : reasons[code];
    return reason === undefined ? String(message ?? error) : `${reason} (${code})`;
}

;// CONCATENATED MODULE: ./src/report/emit.ts






const FORMATS = ['table', 'json', 'markdown', 'sarif'];
/**
 * The report in one of the text formats; `reportPath` is where the summary says the JSON is, and
 * `sarifAnchor` the repository file SARIF results point at.
 */
function renderReport(report, format, reportPath, sarifAnchor = FALLBACK_ANCHOR, consoleOptions = {}) {
    if (format === 'json')
        return renderJson(report);
    if (format === 'sarif')
        return renderSarif(report, { anchorPath: sarifAnchor });
    if (format === 'markdown')
        return renderMarkdown(report, reportPath ? { reportPath } : {});
    return renderConsole(report, consoleOptions);
}
/**
 * Writes every form of one report, the JSON file first, so that a later failure (a summary that
 * cannot be written) never costs the report already on disk.
 */
async function emitReports(report, targets) {
    const reportPath = targets.json?.path;
    if (targets.json)
        await writeFileAtomic(targets.json.file, jsonChunks(report));
    const { sarif } = targets;
    if (sarif) {
        await writeFileAtomic(sarif.file, renderSarif(report, { anchorPath: sarif.anchorPath }));
    }
    if (reportPath !== undefined) {
        targets.setOutputs?.({
            ...actionOutputs(report, reportPath),
            ...(sarif ? { 'sarif-path': sarif.path } : {}),
        });
    }
    if (targets.text) {
        const { format, write, sarifAnchor, console } = targets.text;
        if (typeof write !== 'function' && format === 'json') {
            await writeFileAtomic(write.file, jsonChunks(report));
        }
        else {
            const text = renderReport(report, format, reportPath, sarifAnchor, console);
            await (typeof write === 'function' ? write(text) : writeFileAtomic(write.file, text));
        }
    }
    if (targets.summary) {
        await targets.summary(renderMarkdown(report, reportPath ? { reportPath } : {}));
    }
}

// EXTERNAL MODULE: ./src/report/read.ts
var read = __nccwpck_require__(5756);
;// CONCATENATED MODULE: ./src/prepare.ts
// What a run reads and checks before any AWS call: the check selection, the files it will write
// (the JSON report), the suppressions file and the baseline report. A problem with any of them is
// a configuration error naming the input. What only some runs need (the rules, to check a check
// selection; the suppressions and baseline readers) is imported when needed: the first AWS call of
// a run with none of them waits for none of that code (issue 13).



async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function readSuppressions(file, path) {
    const { loadSuppressions } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9804));
    return loadSuppressions(file, path);
}
/** The baseline report; a path that does not exist is allowed (a first run) and warned about. */
async function loadBaseline(file, path) {
    if (!(await exists(file)))
        return { path };
    const { readReport, ReportFileError } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 5756));
    try {
        return { path, report: await readReport(file, path) };
    }
    catch (error) {
        if (error instanceof ReportFileError) {
            throw new schema/* ConfigError */.xL('baseline', `Invalid input "baseline": ${error.message}`);
        }
        throw error;
    }
}
/** Creates the directories of each output and checks it can be written, before any scan. */
async function checkOutputs(outputs, resolvePath) {
    for (const { input, path } of outputs) {
        try {
            await checkWritable(resolvePath(path));
        }
        catch (error) {
            throw new schema/* ConfigError */.xL(input, `Invalid input "${input}": "${path}" cannot be written: ${writeProblem(error)}.`);
        }
    }
}
/**
 * Checks the selection and the files the run will write, and reads the files the config names.
 * `resolvePath` maps a path as given to the file (the action resolves against the workspace).
 */
async function prepareRun(config, resolvePath = (path) => path, outputs = []) {
    if (config.checks?.length || config.skipChecks?.length) {
        const [{ ALL_RULES }, { selectRules }] = await Promise.all([
            Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4655)),
            Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 7375)),
        ]);
        selectRules(ALL_RULES, config.checks, config.skipChecks);
    }
    await checkOutputs(outputs, resolvePath);
    const { suppressions: suppressionsPath, baseline: baselinePath } = config;
    const suppressions = suppressionsPath === undefined
        ? undefined
        : await readSuppressions(resolvePath(suppressionsPath), suppressionsPath);
    const baseline = baselinePath === undefined
        ? undefined
        : await loadBaseline(resolvePath(baselinePath), baselinePath);
    return { ...(suppressions ? { suppressions } : {}), ...(baseline ? { baseline } : {}) };
}

// EXTERNAL MODULE: ./src/triage/evaluate.ts + 3 modules
var evaluate = __nccwpck_require__(7002);
// EXTERNAL MODULE: ./src/triage/assemble.ts + 3 modules
var assemble = __nccwpck_require__(524);
;// CONCATENATED MODULE: ./src/triage/merge.ts

/** Reports given to `merge` that cannot be merged. */
class MergeInputError extends Error {
    name = 'MergeInputError';
}
const unique = (values) => [...new Set(values)];
/** Keeps the last value per key, in first-seen order. */
function dedupe(entries) {
    return [...new Map(entries).values()];
}
const key = (...parts) => JSON.stringify(parts);
/** Every region job of an account reads IAM and the account-wide S3 calls: one error each. */
function mergeErrors(reports) {
    return dedupe(reports.flatMap((r) => (r.errors ?? []).map((e) => [
        key(r.account, e.service, e.region, e.operation, e.code, e.message),
        e,
    ])));
}
/** A resource listed by several jobs (the same region scanned twice) is listed once. */
function identity(account, entry) {
    const { region, id } = (entry ?? {});
    return typeof region === 'string' && typeof id === 'string'
        ? key(account, region, id)
        : key(account, entry);
}
function mergeResources(reports) {
    const merged = {};
    for (const report of reports) {
        for (const [service, part] of Object.entries(report.resources ?? {})) {
            const target = (merged[service] ??= {});
            for (const [name, list] of Object.entries(part ?? {})) {
                if (!Array.isArray(list))
                    continue;
                const entries = (target[name] ??= new Map());
                for (const entry of list)
                    entries.set(identity(report.account, entry), entry);
            }
        }
    }
    return Object.fromEntries(Object.entries(merged).map(([service, part]) => [
        service,
        Object.fromEntries(Object.entries(part).map(([name, list]) => [name, [...list.values()]])),
    ]));
}
/**
 * Excluded resources by region over all reports. Jobs of one account that cover the same region
 * (IAM under `global` is covered by every job that reads IAM) saw the same resources, so each
 * account and region counts once, at its largest count; accounts then add up.
 */
function mergeExcluded(reports) {
    const byAccountRegion = new Map();
    for (const report of reports) {
        for (const [region, count] of Object.entries(report.summary.excludedByRegion)) {
            const key = `${report.account}\u0000${region}`;
            const seen = byAccountRegion.get(key)?.count ?? 0;
            byAccountRegion.set(key, { region, count: Math.max(seen, count) });
        }
    }
    const merged = {};
    for (const { region, count } of byAccountRegion.values()) {
        merged[region] = (merged[region] ?? 0) + count;
    }
    return merged;
}
/**
 * What the reports were asked to scan, with the merging job's gate settings. The scope settings
 * (environment, exclude-tags, min-age-days) are the first report's: the jobs of a matrix share them.
 */
function mergeConfig(reports, first, own) {
    const configs = reports.map((r) => r.config);
    const { environment, excludeTags, minAgeDays } = first.config;
    const roles = unique(configs.map((c) => c.roleToAssume));
    return {
        regions: configs.some((c) => c.regions === 'all')
            ? 'all'
            : unique(configs.flatMap((c) => (c.regions === 'all' ? [] : c.regions))).sort(),
        services: unique(configs.flatMap((c) => c.services)).sort(),
        minimumScore: own.minimumScore,
        failOnSeverity: own.failOnSeverity,
        failOnIncomplete: own.failOnIncomplete,
        ...(environment === undefined ? {} : { environment }),
        excludeTags,
        minAgeDays,
        // A matrix over accounts assumes one role per account: name it only when there is one.
        ...(roles.length === 1 && roles[0] !== undefined ? { roleToAssume: roles[0] } : {}),
        gateCategories: [...own.gateCategories],
        failOnNewOnly: own.failOnNewOnly,
        ...(own.suppressions === undefined ? {} : { suppressions: own.suppressions }),
        ...(own.baseline === undefined ? {} : { baseline: own.baseline }),
    };
}
const SEVERITY_OF_STATUS = {
    FAIL: 2,
    UNKNOWN: 1,
    PASS: 0,
};
/**
 * One result per id. Jobs that read the same resource (IAM from every region job) may disagree,
 * one throttled where another saw the finding: the FAIL wins, then UNKNOWN, so that a merge never
 * hides what one job found. Among equals the last job's result is kept.
 */
function worstById(results) {
    const kept = new Map();
    for (const result of results) {
        const seen = kept.get(result.id);
        if (!seen || SEVERITY_OF_STATUS[result.status] >= SEVERITY_OF_STATUS[seen.status]) {
            kept.set(result.id, result);
        }
    }
    return [...kept.values()];
}
/**
 * The jobs' suppressions outcomes as one: jobs of a matrix share a suppressions file, so an entry
 * is applied where any job applied it (matches added up), unused only where every job that read
 * it found nothing, and expired or expiring where any job says so.
 */
function mergeSuppressions(reports) {
    const outcomes = reports.flatMap((r) => (r.suppressions ? [r.suppressions] : []));
    if (outcomes.length === 0)
        return undefined;
    const applied = new Map();
    for (const entry of outcomes.flatMap((o) => o.applied)) {
        const seen = applied.get(entry.index);
        applied.set(entry.index, { ...entry, matched: (seen?.matched ?? 0) + entry.matched });
    }
    const byIndex = (list) => dedupe(list.map((entry) => [String(entry.index), entry])).sort((a, b) => a.index - b.index);
    return {
        applied: [...applied.values()].sort((a, b) => a.index - b.index),
        expired: byIndex(outcomes.flatMap((o) => o.expired)),
        unused: byIndex(outcomes.flatMap((o) => o.unused)).filter((e) => !applied.has(e.index)),
        expiringSoon: byIndex(outcomes.flatMap((o) => o.expiringSoon)),
    };
}
/**
 * One report from the reports of a matrix of jobs (accounts x regions): results, errors and
 * resources are unioned by identity, and the score and gate are decided again over all of them
 * with the merging job's thresholds. Each job's suppression and baseline marks are kept, unless
 * the merging job applies suppressions or a baseline of its own.
 */
function mergeReports(reports, own, now, triage = {}) {
    const [first] = reports;
    if (!first)
        throw new MergeInputError('merge needs at least one report');
    const byId = (list) => worstById(reports.flatMap((r) => list(r) ?? []));
    const apiCalls = {};
    const durationMsByService = {};
    for (const report of reports) {
        for (const [op, n] of Object.entries(report.stats?.apiCalls ?? {}))
            apiCalls[op] = (apiCalls[op] ?? 0) + n;
        for (const [service, ms] of Object.entries(report.stats?.durationMsByService ?? {})) {
            durationMsByService[service] = Math.max(durationMsByService[service] ?? 0, ms);
        }
    }
    const resources = mergeResources(reports);
    const carried = triage.suppressions ? undefined : mergeSuppressions(reports);
    return (0,assemble/* assembleReport */.x)({
        tool: first.tool,
        startedAt: reports.map((r) => r.startedAt).sort()[0] ?? first.startedAt,
        finishedAt: now,
        account: unique(reports.map((r) => r.account))
            .sort()
            .join(','),
        regions: unique(reports.flatMap((r) => r.regions)).sort(),
        services: unique(reports.flatMap((r) => r.services)).sort(),
        config: mergeConfig(reports, first, own),
        results: byId((r) => r.results),
        resolved: byId((r) => r.resolved),
        ...(carried ? { suppressions: carried } : {}),
        warnings: reports.flatMap((r) => r.warnings ?? []),
        excludedByRegion: mergeExcluded(reports),
        errors: mergeErrors(reports),
        resources: () => resources,
        stats: { apiCalls, durationMsByService },
    }, { ...triage, now });
}

;// CONCATENATED MODULE: ./src/cli.ts



















/** DESIGN.md exit codes. */
const EXIT = { passed: 0, gateFailed: 1, usage: 2, scanFailed: 3 };
class UsageError extends Error {
    name = 'UsageError';
}
/** `3/12 eu-west-1 ec2: 140 resources, 23 calls, 1.4 s` */
function progressLine(p) {
    const plural = (n, noun) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
    return `${p.done}/${p.total} ${p.region} ${p.service}: ${plural(p.resources, 'resource')}, ${plural(p.calls, 'call')}, ${(p.elapsedMs / 1000).toFixed(1)} s`;
}
/**
 * The region of the profile, when nothing else names one: no --region, no AWS_REGION and no
 * AWS_DEFAULT_REGION. Read with the SDK's loader, only for a live scan.
 */
async function profileFallback(profile, env) {
    if (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim())
        return undefined;
    const { profileName, profileRegion } = await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(504)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3504));
    const region = await profileRegion(profile, env);
    return region === undefined
        ? undefined
        : { text: region, source: `the region of profile "${profileName(profile, env)}"` };
}
const COMMANDS = ['scan', 'demo', 'merge', 'checks'];
const USAGE = {
    scan: [
        'posture-gate scan [flags]',
        'Audit the AWS account of the current credentials (or a saved inventory with --inventory).',
    ],
    demo: [
        'posture-gate demo [flags]',
        'Evaluate a bundled sample account: no AWS account and no network needed.',
    ],
    merge: [
        'posture-gate merge REPORT... [flags]',
        'Merge the JSON reports of several jobs into one report and one gate decision.',
    ],
    checks: [
        'posture-gate checks [flags]',
        'List every check: id, category, severity, title, framework mapping.',
    ],
};
/** Flags the action has no input for. */
const CLI_FLAGS = {
    inventory: {
        text: 'evaluate a saved inventory file instead of calling AWS',
        type: 'string',
        commands: ['scan'],
    },
    'save-inventory': {
        text: 'write what was collected to this file',
        type: 'string',
        commands: ['scan'],
    },
    profile: {
        text: 'the AWS CLI profile for credentials and, without --region, its region (default: AWS_PROFILE, else default)',
        type: 'string',
        commands: ['scan'],
    },
    format: {
        text: `what goes to stdout: ${FORMATS.join(', ')} (default table)`,
        type: 'string',
        commands: ['scan', 'demo', 'merge', 'checks'],
    },
    output: {
        text: 'write the formatted report to this file instead of stdout',
        type: 'string',
        commands: ['scan', 'demo', 'merge'],
    },
    quiet: {
        text: 'print only the verdict line and the gate reasons; no progress, no warnings',
        type: 'boolean',
        commands: ['scan', 'demo', 'merge'],
    },
    progress: {
        text: 'show progress on stderr for each region and service even when stderr is not a terminal',
        type: 'boolean',
        commands: ['scan'],
    },
};
/** The formats of `checks`. */
const CATALOGUE_FORMATS = ['table', 'json', 'markdown'];
/** Inputs that mean something else on the command line than in the action. */
const CLI_HELP = {
    region: 'AWS region to audit: one region, a comma list, or all. Empty: AWS_REGION, AWS_DEFAULT_REGION, the region of the profile (--profile or AWS_PROFILE), else us-east-1.',
    'report-path': 'also write the JSON report to this file (default: none)',
};
/** Inputs only the action can honour, rejected with a pointer to what the CLI does instead. */
const ACTION_ONLY = {
    summary: 'Invalid flag "--summary": the job summary is written by the action only; on the command line use --format markdown (and --output FILE) for the same text.',
    'comment-on-pr': 'Invalid flag "--comment-on-pr": the pull request comment is written by the action only; on the command line use --format markdown for the same text.',
    'github-token': 'Invalid flag "--github-token": the CLI writes no pull request comment, so it needs no GitHub token.',
};
/**
 * Inputs of GitHub OIDC, which the CLI cannot honour: not in any --help, accepted (and ignored)
 * where nothing is scanned live; a live scan rejects role-to-assume.
 */
const OIDC_INPUTS = [
    'role-to-assume',
    'audience',
    'role-session-name',
    'role-duration-seconds',
];
/** What only a live scan uses; demo and --inventory evaluate an inventory already collected. */
const LIVE_ONLY = [
    'region',
    'max-attempts',
    'scan-timeout-minutes',
    'save-inventory',
    'profile',
    'progress',
];
/** The inputs `merge` honours: the merging job's gate, suppressions, baseline and outputs. */
const MERGE_INPUTS = [
    'minimum-score',
    'fail-on-severity',
    'gate-categories',
    'fail-on-new-only',
    'fail-on-incomplete',
    'suppressions',
    'baseline',
    'report-path',
    'sarif-path',
];
/** The flags a command takes, in help order: its action inputs, then the CLI's own. */
function commandFlags(command) {
    const inputs = command === 'checks'
        ? []
        : schema/* INPUTS */.mc.filter((input) => !(input.name in ACTION_ONLY) &&
            !OIDC_INPUTS.includes(input.name) &&
            (command !== 'merge' || MERGE_INPUTS.includes(input.name)) &&
            (command === 'scan' || !LIVE_ONLY.includes(input.name))).map((input) => ({
            name: input.name,
            text: CLI_HELP[input.name] ??
                `${input.description}${input.default ? ` (default ${input.default})` : ''}`,
        }));
    const own = Object.entries(CLI_FLAGS)
        .filter(([, flag]) => flag.commands.includes(command))
        .map(([name, flag]) => ({
        name,
        text: command === 'checks' && name === 'format'
            ? `${CATALOGUE_FORMATS.join(', ')} (default table)`
            : flag.text,
    }));
    return [...inputs, ...own];
}
const flagLine = (name, text) => `  --${name.padEnd(24)} ${text}`;
const EXIT_CODES = 'Exit codes: 0 passed, 1 gate failed, 2 usage or configuration error, 3 scan could not run.';
function helpText(command) {
    if (command === undefined) {
        return [
            'Usage:',
            ...COMMANDS.map((c) => `  ${(USAGE[c][0] ?? '').padEnd(38)} ${USAGE[c][1] ?? ''}`),
            '',
            'Run "posture-gate COMMAND --help" for the flags of a command.',
            '',
            EXIT_CODES,
            '',
            'Flags of every command:',
            flagLine('help', 'show this text'),
            flagLine('version', 'print the version'),
            '',
        ].join('\n');
    }
    return [
        `Usage: ${USAGE[command][0]}`,
        '',
        USAGE[command][1],
        '',
        'Flags:',
        ...commandFlags(command).map(({ name, text }) => flagLine(name, text)),
        flagLine('help', 'show this text'),
        '',
        ...(command === 'checks' ? [] : [EXIT_CODES, '']),
    ].join('\n');
}
/** Every flag any command takes (and those rejected with a message of their own). */
function allOptions() {
    const options = {
        help: { type: 'boolean' },
        version: { type: 'boolean' },
    };
    for (const input of schema/* INPUTS */.mc)
        options[input.name] = { type: 'string' };
    for (const [name, flag] of Object.entries(CLI_FLAGS))
        options[name] = { type: flag.type };
    return options;
}
/** `Did you mean --region?` for a mistyped flag, when one is close enough. */
function suggestion(wanted, names) {
    const best = (0,mod/* closest */.kp)(wanted, [...names]);
    const far = best === undefined ? Infinity : (0,mod/* distance */.Io)(wanted, best);
    return far <= Math.max(2, Math.floor(wanted.length / 3)) ? ` Did you mean --${best}?` : '';
}
function parseCommandLine(argv) {
    const options = allOptions();
    // Unknown flags first, to name the closest flag of the command rather than a parser message.
    const { tokens, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        options,
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    const first = positionals[0];
    const command = COMMANDS.find((c) => c === first);
    for (const token of tokens) {
        if (token.kind !== 'option' || token.name in options)
            continue;
        const names = command
            ? [...commandFlags(command).map((f) => f.name), 'help']
            : Object.keys(options);
        const where = command ? `posture-gate ${command} --help` : 'posture-gate --help';
        throw new UsageError(`Unknown flag "${token.rawName}".${suggestion(token.name, names)} Run "${where}" for the flags.`);
    }
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const where = command ? `posture-gate ${command} --help` : 'posture-gate --help';
        throw new UsageError(`${error.message}. Run "${where}" for the flags.`);
    }
}
/**
 * Flags given that the command does not take: a usage error naming the command, or the reason
 * for the flags with one of their own (action-only inputs, live-only flags on an offline run).
 */
function checkFlagsFor(command, flags) {
    for (const [name, message] of Object.entries(ACTION_ONLY)) {
        if (flags[name] !== undefined)
            throw new UsageError(message);
    }
    const offline = command === 'demo' ? 'demo' : typeof flags.inventory === 'string' ? '--inventory' : undefined;
    if (offline && command !== 'merge') {
        for (const name of LIVE_ONLY) {
            if (flags[name] !== undefined) {
                throw new UsageError(`Invalid flag "--${name}": ${offline} evaluates an inventory already collected, in the regions it was collected in; --${name} applies to a live scan.`);
            }
        }
    }
    const taken = new Set([
        ...commandFlags(command).map((f) => f.name),
        'help',
        'version',
        ...(command === 'checks' ? [] : OIDC_INPUTS),
    ]);
    for (const [name, value] of Object.entries(flags)) {
        if (value === undefined || taken.has(name))
            continue;
        throw new UsageError(`Invalid flag "--${name}": ${command} does not take it. Run "posture-gate ${command} --help" for its flags.`);
    }
}
/** `posture-gate checks` in the format asked for. */
function renderChecks(value, columns) {
    const format = (value ?? 'table').toLowerCase();
    if (format === 'json')
        return renderCatalogueJson(src_rules.ALL_RULES);
    if (format === 'markdown')
        return `${renderCatalogue(src_rules.ALL_RULES)}\n`;
    if (format === 'table')
        return renderCatalogueText(src_rules.ALL_RULES, columns);
    throw new UsageError(`Invalid flag "--format": "${value}" is not one of ${CATALOGUE_FORMATS.join(', ')} for checks.`);
}
function parseFormat(value) {
    const format = (value ?? 'table').toLowerCase();
    if (!FORMATS.includes(format)) {
        throw new UsageError(`Invalid flag "--format": "${value}" is not one of ${FORMATS.join(', ')}.`);
    }
    return format;
}
async function loadInventory(path) {
    try {
        return await loadSavedInventory(path);
    }
    catch (error) {
        if (error instanceof InventoryFileError) {
            throw new UsageError(`Invalid flag "--inventory": ${error.message}`);
        }
        throw error;
    }
}
/**
 * The report of a saved inventory (the demo's without a path). The inventory lives only in this
 * frame: it is garbage before the report is written (about 40 MB at 50,000 resources).
 */
async function offlineReport(path, config, options) {
    const inventory = path === undefined ? sampleInventory() : await loadInventory(path);
    // The report's config records what was evaluated, not the environment's default region.
    return (0,evaluate.evaluateInventory)(inventory, { ...config, regions: inventory.regions }, options);
}
/** Runs one command line and returns the exit code; never calls process.exit itself. */
async function runCli(argv, io) {
    const secrets = new Set();
    const redact = (text) => [...secrets].reduce((out, secret) => out.split(secret).join('***'), text);
    const log = (line) => io.stderr(`${escapeLog(redact(line))}\n`);
    try {
        const { values, positionals } = parseCommandLine(argv);
        const flags = values;
        if (flags.version) {
            io.stdout(`${version/* TOOL_VERSION */.w}\n`);
            return EXIT.passed;
        }
        const given = positionals[0];
        const command = COMMANDS.find((c) => c === given);
        if (given !== undefined && command === undefined) {
            throw new UsageError(`Unknown command "${given}": use scan, demo, merge or checks. Run "posture-gate --help".`);
        }
        if (flags.help || !command) {
            io.stdout(helpText(command));
            return command || flags.help ? EXIT.passed : EXIT.usage;
        }
        checkFlagsFor(command, flags);
        if (command === 'checks') {
            if (positionals.length > 1) {
                throw new UsageError(`Unexpected argument "${positionals[1]}". Run "posture-gate checks --help".`);
            }
            io.stdout(renderChecks(flags.format, io.columns));
            return EXIT.passed;
        }
        if (command === 'merge' && positionals.length < 2) {
            throw new UsageError('merge needs the paths of one or more JSON reports.');
        }
        if (command !== 'merge' && positionals.length > 1) {
            throw new UsageError(`Unexpected argument "${positionals[1]}". Run "posture-gate ${command} --help".`);
        }
        const format = parseFormat(flags.format);
        const quiet = flags.quiet === true;
        const say = (line) => {
            if (!quiet)
                log(line);
        };
        const live = command === 'scan' && typeof flags.inventory !== 'string';
        const profile = flags.profile;
        const raw = Object.fromEntries(schema/* INPUTS */.mc.map((i) => [i.name, flags[i.name]]));
        const regionFallback = live && flags.region === undefined ? await profileFallback(profile, io.env) : undefined;
        const config = (0,schema/* parseConfig */.o4)(raw, io.env, regionFallback ? { region: regionFallback } : {});
        const reportPath = flags['report-path'];
        const triage = await prepareRun(config, undefined, [
            ...(reportPath ? [{ input: 'report-path', path: reportPath }] : []),
            ...(config.sarifPath ? [{ input: 'sarif-path', path: config.sarifPath }] : []),
        ]);
        let report;
        const startedAt = new Date();
        if (command === 'merge') {
            const reports = await Promise.all(positionals.slice(1).map((path) => (0,read.readReport)(path)));
            report = mergeReports(reports, config, startedAt, triage);
        }
        else if (command === 'demo' || typeof flags.inventory === 'string') {
            report = await offlineReport(command === 'demo' ? undefined : flags.inventory, config, { startedAt, triage });
        }
        else {
            // The CLI has no GitHub OIDC token source, in a workflow or not: a usage error, not exit 3.
            if (config.roleToAssume !== undefined) {
                throw new UsageError('Invalid flag "--role-to-assume": the CLI does not assume roles with GitHub OIDC; it scans with the AWS credentials of the environment (profile, SSO, AWS_* variables). In a workflow, use the action, or aws-actions/configure-aws-credentials before the CLI.');
            }
            const { scanAccount } = await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(233), __nccwpck_require__.e(102)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3102));
            const scanned = await scanAccount(config, {
                // Never called: without role-to-assume the scan uses the default credential chain.
                getIDToken: () => Promise.reject(new errors/* ScanError */.s('the CLI has no GitHub OIDC token')),
                setSecret: (value) => {
                    if (value)
                        secrets.add(value);
                },
                log: say,
                // `region: all` calls account-wide services in the profile's region when it names one.
                env: regionFallback ? { ...io.env, AWS_REGION: regionFallback.text } : io.env,
                ...(profile === undefined ? {} : { profile }),
                ...(!quiet && (flags.progress === true || io.stderrIsTTY)
                    ? { onProgress: (p) => log(progressLine(p)) }
                    : {}),
            }, triage);
            report = scanned.report;
            if (typeof flags['save-inventory'] === 'string') {
                await writeFileAtomic(flags['save-inventory'], `${JSON.stringify(scanned.inventory, null, 2)}\n`);
            }
        }
        for (const warning of runWarnings(report))
            say(`warning: ${warning}`);
        const output = flags.output;
        const anchorPath = sarifAnchor(io.env.GITHUB_WORKFLOW_REF);
        const toFile = typeof output === 'string';
        await emitReports(report, {
            ...(reportPath ? { json: { path: reportPath, file: reportPath } } : {}),
            ...(config.sarifPath
                ? { sarif: { path: config.sarifPath, file: config.sarifPath, anchorPath } }
                : {}),
            text: {
                format,
                sarifAnchor: anchorPath,
                write: toFile
                    ? { file: output }
                    : (text) => io.stdout(text.endsWith('\n') ? text : `${text}\n`),
                // A file gets plain text 80 columns wide; the terminal its own width and, on a TTY, color.
                console: {
                    quiet,
                    ...(toFile || io.columns === undefined ? {} : { width: io.columns }),
                    color: !toFile && colorWanted(io.env, io.stdoutIsTTY ?? false),
                },
            },
        });
        if (command === 'demo')
            return EXIT.passed;
        if (report.gate.result === 'error')
            return EXIT.scanFailed;
        return report.gate.passed ? EXIT.passed : EXIT.gateFailed;
    }
    catch (error) {
        if (error instanceof UsageError ||
            error instanceof schema/* ConfigError */.xL ||
            error instanceof MergeInputError ||
            error instanceof read.ReportFileError) {
            log(error.message);
            return EXIT.usage;
        }
        log(`posture-gate could not run the scan: ${error.message}`);
        return EXIT.scanFailed;
    }
}


/***/ }),

/***/ 2997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ isAwsManagedPolicy),
/* harmony export */   Fg: () => (/* binding */ tagsOf),
/* harmony export */   iQ: () => (/* binding */ partitionOf)
/* harmony export */ });
/** The ARN partition of a region (`aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`). */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('eusc-'))
        return 'aws-eusc';
    return 'aws';
}
/** An EC2 or RDS `[{Key, Value}]` tag list as a plain map. */
function tagsOf(list) {
    const tags = {};
    for (const tag of list ?? [])
        if (tag.Key)
            tags[tag.Key] = tag.Value ?? '';
    return tags;
}
/** AWS-managed policies have `aws` where the account id would be. */
function isAwsManagedPolicy(arn) {
    return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}


/***/ }),

/***/ 4105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  mc: () => (/* binding */ INPUTS),
  o4: () => (/* binding */ parseConfig),
  VA: () => (/* binding */ reportConfig)
});

// UNUSED EXPORTS: Rejection, configSchema, inputsSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __nccwpck_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __nccwpck_require__(1621);
// EXTERNAL MODULE: ./src/model/results.ts
var results = __nccwpck_require__(3111);
;// CONCATENATED MODULE: ./src/config/regions.ts
/**
 * AWS region codes the `region` input accepts, checked against the partition table of the AWS SDK
 * (late 2026). A region launched later must be added here before it can be named.
 */
const COMMERCIAL_REGIONS = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'me-west-1',
    'mx-central-1',
    'sa-east-1',
    'sa-west-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
];
const GOVCLOUD_REGIONS = ['us-gov-east-1', 'us-gov-west-1'];
const CHINA_REGIONS = ['cn-north-1', 'cn-northwest-1'];
/** The AWS European Sovereign Cloud: its own partition (`aws-eusc`), open to every customer. */
const SOVEREIGN_REGIONS = ['eusc-de-east-1'];
const KNOWN_REGIONS = [
    ...COMMERCIAL_REGIONS,
    ...GOVCLOUD_REGIONS,
    ...CHINA_REGIONS,
    ...SOVEREIGN_REGIONS,
];
const KNOWN_REGION_SET = new Set(KNOWN_REGIONS);
/** The shape of every region code: a geography, one or more words, a number (`us-gov-west-1`). */
const REGION_CODE_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
function isKnownRegion(code) {
    return KNOWN_REGION_SET.has(code);
}

;// CONCATENATED MODULE: ./src/config/schema.ts




/** A value a parser refused: the offending text (a whole value or one list item) and why. */
class Rejection {
    value;
    problem;
    constructor(value, problem) {
        this.value = value;
        this.problem = problem;
    }
}
function listItems(text) {
    return [
        ...new Set(text
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== '')),
    ];
}
function oneOf(allowed) {
    return (text) => {
        const wanted = text.toLowerCase();
        const match = allowed.find((option) => option === wanted);
        return match ?? new Rejection(text, `is not one of ${allowed.join(', ')}`);
    };
}
const parseBoolean = (text) => {
    const parsed = oneOf(['true', 'false'])(text);
    return parsed instanceof Rejection ? parsed : parsed === 'true';
};
function wholeNumber(min, max) {
    const range = max === undefined ? `of ${min} or more` : `from ${min} to ${max}`;
    return (text) => {
        const value = Number(text);
        const inRange = /^\d+$/.test(text) &&
            Number.isSafeInteger(value) &&
            value >= min &&
            (max === undefined || value <= max);
        return inRange ? value : new Rejection(text, `is not a whole number ${range}`);
    };
}
/** A number of minutes, fractions allowed (0.5 is 30 seconds), from `min` to `max`. */
function minutes(min, max) {
    return (text) => {
        const value = Number(text);
        return /^\d+(\.\d+)?$/.test(text) && value >= min && value <= max
            ? value
            : new Rejection(text, `is not a number of minutes from ${min} to ${max}`);
    };
}
const parseScore = (text) => {
    const value = Number(text);
    return /^\d+(\.\d+)?$/.test(text) && value <= 100
        ? value
        : new Rejection(text, 'is not a number from 0 to 100');
};
const REGION_CHOICES = 'give one region, a comma list of regions, or all';
/** Region codes in the order given, or `all` for every enabled region. */
const parseRegions = (text) => {
    const items = listItems(text);
    if (items.length === 0)
        return new Rejection(text, `names no region; ${REGION_CHOICES}`);
    if (items.some((item) => item.toLowerCase() === 'all'))
        return 'all';
    const regions = [];
    for (const item of items) {
        const code = item.toLowerCase();
        if (!REGION_CODE_PATTERN.test(code)) {
            return new Rejection(item, `is not a region code like us-east-1; ${REGION_CHOICES}`);
        }
        if (!isKnownRegion(code)) {
            return new Rejection(item, `is not a known AWS region (${KNOWN_REGIONS.join(', ')}, or all)`);
        }
        if (!regions.includes(code))
            regions.push(code);
    }
    return regions;
};
/** The region the AWS SDK would pick, so that the action and the CLI audit the expected one. */
function environmentRegion(env) {
    for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const value = env[variable]?.trim();
        if (value)
            return { text: value, source: variable };
    }
    return { text: 'us-east-1' };
}
const SERVICE_CHOICES = [...inventory/* SERVICES */.Bg, 'all'];
const parseServices = (text) => {
    const items = listItems(text);
    if (items.length === 0) {
        return new Rejection(text, `names no service; give some of ${SERVICE_CHOICES.join(', ')}`);
    }
    const services = [];
    for (const item of items) {
        const choice = oneOf(SERVICE_CHOICES)(item);
        if (choice instanceof Rejection)
            return choice;
        if (choice === 'all')
            return [...inventory/* SERVICES */.Bg];
        if (!services.includes(choice))
            services.push(choice);
    }
    return services;
};
const parseFailOnSeverity = oneOf([...results/* SEVERITIES */.oC, 'none']);
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const parseRoleArn = (text) => {
    if (text === '')
        return undefined;
    return ROLE_ARN_PATTERN.test(text)
        ? text
        : new Rejection(text, 'is not an IAM role ARN like arn:aws:iam::123456789012:role/NAME');
};
const parseSessionName = (text) => /^[\w+=,.@-]{2,64}$/.test(text)
    ? text
    : new Rejection(text, 'is not 2 to 64 characters of letters, digits and _+=,.@-');
function nonEmpty(what) {
    return (text) => (text === '' ? new Rejection(text, `is empty; give ${what}`) : text);
}
const parseOptionalText = (text) => (text === '' ? undefined : text);
/** A token; the default's unexpanded `${{ github.token }}` (outside a runner) is no token. */
const parseToken = (text) => text === '' || /^\$\{\{.*\}\}$/.test(text.trim()) ? undefined : text;
const NO_EXCLUDED_TAGS = 'none';
const parseTagFilters = (text) => {
    if (text.toLowerCase() === NO_EXCLUDED_TAGS)
        return [];
    const items = listItems(text);
    if (items.length === 0) {
        return new Rejection(text, 'names no tag; give a comma list of Key=Value pairs, or none');
    }
    const filters = [];
    for (const item of items) {
        const separator = item.indexOf('=');
        const key = item.slice(0, separator).trim();
        const value = item.slice(separator + 1).trim();
        if (separator < 0 || key === '' || value === '') {
            return new Rejection(item, 'is not a Key=Value pair; give a comma list of Key=Value pairs, or none');
        }
        filters.push({ key, value });
    }
    return filters;
};
const CATEGORY_CHOICES = [...results/* CATEGORIES */.R6, 'all'];
const parseCategories = (text) => {
    const items = listItems(text);
    if (items.length === 0) {
        return new Rejection(text, `names no category; give some of ${CATEGORY_CHOICES.join(', ')}`);
    }
    const categories = [];
    for (const item of items) {
        const choice = oneOf(CATEGORY_CHOICES)(item);
        if (choice instanceof Rejection)
            return choice;
        if (choice === 'all')
            return [...results/* CATEGORIES */.R6];
        if (!categories.includes(choice))
            categories.push(choice);
    }
    return categories;
};
/** A check id or a glob of ids: lower-case letters, digits, `.`, `-`, `*` and `?`. */
const CHECK_PATTERN = /^[a-z0-9*?]+(\.[a-z0-9*?-]+)?$/;
/**
 * Check ids or globs, as given; undefined for every check. Whether each names a check is decided
 * against the catalogue, which the rules own (src/rules/select.ts).
 */
function checkPatterns(allMeansEvery) {
    return (text) => {
        const items = listItems(text.toLowerCase());
        if (items.length === 0)
            return undefined;
        if (allMeansEvery && items.includes('all'))
            return undefined;
        const bad = items.find((item) => !CHECK_PATTERN.test(item));
        return bad === undefined
            ? items
            : new Rejection(bad, 'is not a check id like s3.versioning-off or a glob like s3.*');
    };
}
/**
 * Every action input and CLI flag: the single source of names, defaults, help text, parsers
 * and `Config` properties. action.yml must list the same inputs with the same defaults and
 * descriptions.
 */
const INPUTS = [
    {
        name: 'region',
        key: 'regions',
        default: '',
        description: 'AWS region to audit: one region (us-east-1), a comma list, or all (every enabled region). Empty: AWS_REGION or AWS_DEFAULT_REGION of the environment, else us-east-1.',
        parse: parseRegions,
        fallback: environmentRegion,
    },
    {
        name: 'services',
        key: 'services',
        default: 'all',
        description: 'Services to audit: a comma list of efs, ec2, sg, rds, s3, iam, or all.',
        parse: parseServices,
    },
    {
        name: 'minimum-score',
        key: 'minimumScore',
        default: '0',
        description: 'Fail when the posture score (0 to 100) is below this.',
        parse: parseScore,
    },
    {
        name: 'fail-on-severity',
        key: 'failOnSeverity',
        default: 'critical',
        description: 'Fail when an unsuppressed FAIL of this severity or higher exists: critical, high, medium, low, or none.',
        parse: parseFailOnSeverity,
    },
    {
        name: 'gate-categories',
        key: 'gateCategories',
        default: 'security,resilience,operations',
        description: 'Categories whose FAILs fail-on-severity counts: a comma list of security, resilience, operations, cost, performance, or all. Cost and performance findings are advisory unless listed.',
        parse: parseCategories,
    },
    {
        name: 'checks',
        key: 'checks',
        default: 'all',
        description: 'Only run these checks: a comma list of check ids or globs (s3.*, efs.*-open-*), or all.',
        parse: checkPatterns(true),
    },
    {
        name: 'skip-checks',
        key: 'skipChecks',
        default: '',
        description: 'Never run these checks: a comma list of check ids or globs, applied after checks.',
        parse: checkPatterns(false),
    },
    {
        name: 'fail-on-new-only',
        key: 'failOnNewOnly',
        default: 'false',
        description: 'With a baseline, only new findings count for fail-on-severity: true or false. The score is unchanged.',
        parse: parseBoolean,
    },
    {
        name: 'fail-on-incomplete',
        key: 'failOnIncomplete',
        default: 'false',
        description: 'Fail when any check could not be assessed (UNKNOWN: missing permissions, API errors): true or false.',
        parse: parseBoolean,
    },
    {
        name: 'role-to-assume',
        key: 'roleToAssume',
        default: '',
        description: 'ARN of an IAM role to assume with GitHub OIDC (the job needs permissions id-token: write). Empty: use the credentials already in the environment.',
        parse: parseRoleArn,
    },
    {
        name: 'audience',
        key: 'audience',
        default: 'sts.amazonaws.com',
        description: 'OIDC audience of the GitHub token exchanged for the role.',
        parse: nonEmpty('the OIDC audience'),
    },
    {
        name: 'role-session-name',
        key: 'roleSessionName',
        default: 'posture-gate',
        description: 'Session name for the assumed role: 2 to 64 characters of letters, digits and _+=,.@-',
        parse: parseSessionName,
    },
    {
        name: 'role-duration-seconds',
        key: 'roleDurationSeconds',
        default: '3600',
        description: 'Length of the assumed-role session in seconds, 900 to 43200.',
        parse: wholeNumber(900, 43200),
    },
    {
        name: 'environment',
        key: 'environment',
        default: '',
        description: 'Only audit resources whose Environment tag (that key exactly) equals this, compared case-insensitively. Empty: every resource.',
        parse: parseOptionalText,
    },
    {
        name: 'exclude-tags',
        key: 'excludeTags',
        default: 'ExcludeFromAnalysis=true,Temporary=true',
        description: 'Leave out resources carrying any of these tags and count them as excluded: a comma list of Key=Value pairs (keys match exactly, as AWS tag keys are case-sensitive; values case-insensitively), or none to exclude nothing.',
        parse: parseTagFilters,
    },
    {
        name: 'min-age-days',
        key: 'minAgeDays',
        default: '30',
        description: 'Usage-based checks (cost, performance) skip resources younger than this many days.',
        parse: wholeNumber(0),
    },
    {
        name: 'suppressions',
        key: 'suppressions',
        default: '',
        description: 'Path to a suppressions YAML file: exceptions with a reason and an expiry date. Empty: none.',
        parse: parseOptionalText,
    },
    {
        name: 'baseline',
        key: 'baseline',
        default: '',
        description: 'Path to an earlier JSON report: findings not in it are new. A path that does not exist is a warning, and every finding is new.',
        parse: parseOptionalText,
    },
    {
        name: 'report-path',
        key: 'reportPath',
        default: 'posture-report.json',
        description: 'Where the JSON report is written.',
        parse: nonEmpty('a file path'),
    },
    {
        name: 'sarif-path',
        key: 'sarifPath',
        default: '',
        description: 'Where a SARIF 2.1.0 file of the FAIL results is written, for GitHub code scanning (upload it with github/codeql-action/upload-sarif). Empty: none.',
        parse: parseOptionalText,
    },
    {
        name: 'summary',
        key: 'summary',
        default: 'true',
        description: 'Write the job summary: true or false.',
        parse: parseBoolean,
    },
    {
        name: 'comment-on-pr',
        key: 'commentOnPr',
        default: 'false',
        description: 'On pull_request and pull_request_target events, create or update one comment on the pull request with the summary: true or false. Needs permissions pull-requests: write.',
        parse: parseBoolean,
    },
    {
        name: 'github-token',
        key: 'githubToken',
        default: '${{ github.token }}',
        description: 'Token for the pull request comment.',
        parse: parseToken,
    },
    {
        name: 'max-attempts',
        key: 'maxAttempts',
        default: '8',
        description: 'AWS SDK attempts per call, 1 to 20 (adaptive retry mode).',
        parse: wholeNumber(1, 20),
    },
    {
        name: 'scan-timeout-minutes',
        key: 'scanTimeoutMinutes',
        default: '60',
        description: 'Deadline for the whole scan, in minutes (0.1 to 1440, fractions allowed): past it, collection stops, what was not collected is UNKNOWN, the report and summary are written, and the result is error.',
        parse: minutes(0.1, 1440),
    },
];
/** Bad input values; `message` is the first line, `lines` has the first problem of every input. */
class ConfigError extends Error {
    input;
    lines;
    name = 'ConfigError';
    constructor(input, message, lines = [message]) {
        super(message);
        this.input = input;
        this.lines = lines;
    }
}
function errorLine(name, rejection, source) {
    const from = source === undefined ? '' : ` (from ${source})`;
    return `Invalid input "${name}": ${JSON.stringify(rejection.value)}${from} ${rejection.problem}.`;
}
/**
 * One input: the raw text, trimmed, with empty meaning "not given" (the runner passes empty
 * strings for unset inputs), parsed into its typed value or rejected with one line.
 */
function field(spec, env, given) {
    const fallback = given ?? spec.fallback?.(env) ?? { text: spec.default };
    return schemas/* string */.YjP({ error: `Invalid input "${spec.name}": expected text.` })
        .optional()
        .transform((raw, ctx) => {
        const given = raw?.trim() ?? '';
        const text = given === '' ? fallback.text : given;
        const parsed = spec.parse(text);
        if (parsed instanceof Rejection) {
            const source = given === '' ? fallback.source : undefined;
            ctx.addIssue({ code: 'custom', message: errorLine(spec.name, parsed, source) });
            return core/* NEVER */.tm;
        }
        return parsed;
    });
}
/**
 * The schema of raw inputs (kebab-case keys, string values) to the config of any input table;
 * `configSchema` is this for INPUTS. Unknown keys are dropped: the CLI rejects unknown flags itself.
 */
function inputsSchema(table, env, fallbacks = {}) {
    const shape = Object.fromEntries(table.map((spec) => [spec.name, field(spec, env, fallbacks[spec.name])]));
    return schemas/* object */.Ikc(shape).transform((input) => {
        const config = {};
        for (const spec of table) {
            // An optional input not given gets no property at all, as `ConfigOf` types it (`key?:`).
            const value = input[spec.name];
            if (value !== undefined)
                config[spec.key] = value;
        }
        // Each value came from its entry's parser, which is what ConfigOf reads.
        return config;
    });
}
/** The schema of the action inputs and CLI flags to a `Config`; the region default reads `env`. */
function configSchema(env = process.env, fallbacks = {}) {
    return inputsSchema(INPUTS, env, fallbacks);
}
/**
 * Validates raw input values (action inputs or CLI flags, by their kebab-case names) into a
 * `Config`, or throws a `ConfigError` with one line per bad input. `fallbacks` replace an input's
 * own fallback when it is not given (the CLI's region of an AWS profile).
 */
function parseConfig(raw, env = process.env, fallbacks = {}) {
    const result = configSchema(env, fallbacks).safeParse(raw);
    if (result.success)
        return result.data;
    const lineByInput = new Map();
    for (const issue of result.error.issues) {
        const input = String(issue.path[0] ?? '');
        if (!lineByInput.has(input))
            lineByInput.set(input, issue.message);
    }
    const [input, message] = [...lineByInput][0] ?? ['', result.error.message];
    throw new ConfigError(input, message, [...lineByInput.values()]);
}
/** The effective configuration as the report records it: no credentials, tags as Key=Value. */
function reportConfig(config) {
    return {
        regions: config.regions === 'all' ? 'all' : [...config.regions],
        services: [...config.services],
        minimumScore: config.minimumScore,
        failOnSeverity: config.failOnSeverity,
        failOnIncomplete: config.failOnIncomplete,
        ...(config.environment === undefined ? {} : { environment: config.environment }),
        excludeTags: config.excludeTags.map((tag) => `${tag.key}=${tag.value}`),
        minAgeDays: config.minAgeDays,
        ...(config.roleToAssume === undefined ? {} : { roleToAssume: config.roleToAssume }),
        gateCategories: [...config.gateCategories],
        failOnNewOnly: config.failOnNewOnly,
        ...(config.checks === undefined ? {} : { checks: [...config.checks] }),
        ...(config.skipChecks === undefined ? {} : { skipChecks: [...config.skipChecks] }),
        ...(config.suppressions === undefined ? {} : { suppressions: config.suppressions }),
        ...(config.baseline === undefined ? {} : { baseline: config.baseline }),
    };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ ScanError)
/* harmony export */ });
/** The scan could not run at all (no credentials, no account, no region): result `error`, exit 3. */
class ScanError extends Error {
    name = 'ScanError';
}


/***/ }),

/***/ 2307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch)
/* harmony export */ });
// Wildcards as AWS and posture-gate users write them: `*` any run of characters (slashes and
// colons too, so `arn:aws:s3:::logs-*` matches), `?` one character.
//
// Matched directly, not through a RegExp per pattern: most patterns are met once (each bucket
// and file system policy names its own resource), and compiling each one filled the old heap
// with compiled code at 50,000 resources. The matcher keeps the RegExp's meaning exactly: a
// wildcard matches no line terminator (`.` without the s flag) and case is folded as the i
// flag without u folds it.
const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);
/** The i flag's case folding (Canonicalize, non-Unicode): upper case, never into ASCII. */
function canonical(char) {
    const upper = char.toUpperCase();
    if (upper.length !== 1)
        return char;
    if (char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128)
        return char;
    return upper;
}
function globMatch(pattern, value, ignoreCase = false) {
    const same = (p, v) => p === v || (ignoreCase && canonical(p) === canonical(v));
    let p = 0;
    let v = 0;
    // The last `*` seen and where in the value its run ends: on a mismatch the run grows by one.
    let star = -1;
    let runEnd = 0;
    while (v < value.length) {
        const char = value[v];
        const wanted = pattern[p];
        if (wanted === '*') {
            star = p;
            p += 1;
            runEnd = v;
        }
        else if (wanted !== undefined &&
            (wanted === '?' ? !LINE_TERMINATORS.has(char) : same(wanted, char))) {
            p += 1;
            v += 1;
        }
        else if (star >= 0 && !LINE_TERMINATORS.has(value[runEnd])) {
            p = star + 1;
            runEnd += 1;
            v = runEnd;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p += 1;
    return p === pattern.length;
}


/***/ }),

/***/ 6275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ ROOT_ACCOUNT_USER),
/* harmony export */   F1: () => (/* binding */ isReportDate),
/* harmony export */   gM: () => (/* binding */ REPORT_PLACEHOLDERS)
/* harmony export */ });
/**
 * The IAM credential report and the account password policy, as the credential checks read them.
 * Column meanings: IAM User Guide, "Getting credential reports"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html).
 */
/**
 * The words the report writes where a date would be: `N/A` (no such credential, or never used),
 * `no_information` (never used, or not used since IAM began tracking it), `not_supported` (the
 * field does not apply, such as the root user's password rotation).
 */
const REPORT_PLACEHOLDERS = ['N/A', 'no_information', 'not_supported'];
/** The user the report names the root user by. */
const ROOT_ACCOUNT_USER = '<root_account>';
/** True when `value` is a date, not one of the report's placeholders. */
function isReportDate(value) {
    return !REPORT_PLACEHOLDERS.includes(value);
}


/***/ }),

/***/ 1632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ managedPolicyName)
/* harmony export */ });
/**
 * A managed policy's name: the one listed, or, when the listing gave none (moto's
 * GetAccountAuthorizationDetails omits PolicyName for customer managed policies, and 0.1.0 saved
 * them with an empty name), the part of its ARN after the last `/`.
 */
function managedPolicyName(policy) {
    return policy.name || policy.arn.slice(policy.arn.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 1621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ SERVICES),
/* harmony export */   EG: () => (/* binding */ ERROR_CLASSES),
/* harmony export */   Gi: () => (/* binding */ INVENTORY_SCHEMA_VERSION),
/* harmony export */   KX: () => (/* binding */ mapFetched)
/* harmony export */ });
const SERVICES = ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'];
/**
 * What kind of failure a failed call was, for the person deciding what to do about it: only
 * `denied` is fixed by granting a permission; `internal` is a defect of posture-gate itself.
 * `service` is any other error AWS answered with. Absent in inventories and reports written
 * before classes existed: read the class from the code then (`classOf` in src/aws/errors.ts).
 */
const ERROR_CLASSES = [
    'denied',
    'throttled',
    'not-found',
    'timeout',
    'network',
    'malformed',
    'service',
    'internal',
];
/** A read's value transformed, or its failure passed on unchanged. */
function mapFetched(read, fn) {
    return read.ok ? { ok: true, value: fn(read.value) } : read;
}
/**
 * The shape version of a saved inventory. A new shape gets the next number and a migration from
 * the one before (src/collect/migrations.ts), so files saved by every earlier version still load.
 */
const INVENTORY_SCHEMA_VERSION = 3;


/***/ }),

/***/ 5500:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ windowSeconds),
/* harmony export */   z: () => (/* binding */ metricWindow)
/* harmony export */ });
// Metric series and windows are plain data shared by the collector, the rules and the demo: no SDK
// here, so evaluating an inventory never loads the CloudWatch client.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * A window of `days` ending at the last whole hour before `now`, so that hourly and daily buckets
 * line up with CloudWatch's stored aggregates.
 */
function metricWindow(now, days, periodSeconds) {
    const end = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
    return {
        start: new Date(end - days * DAY_MS).toISOString(),
        end: new Date(end).toISOString(),
        periodSeconds,
    };
}
/** The length of a metric window in seconds. */
function windowSeconds(window) {
    return (Date.parse(window.end) - Date.parse(window.start)) / 1000;
}


/***/ }),

/***/ 5221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ formatUsd),
/* harmony export */   t: () => (/* binding */ roundUsd)
/* harmony export */ });
// Dollar amounts: rules write them into details, reports total and print them.
/** Rounds dollars to cents, the precision every saving is reported in. */
function roundUsd(amount) {
    return Math.round(amount * 100) / 100;
}
function formatUsd(amount) {
    const cents = Math.round(Math.abs(amount) * 100);
    const sign = amount < 0 && cents > 0 ? '-' : '';
    const whole = Math.floor(cents / 100).toLocaleString('en-US');
    return `${sign}$${whole}.${String(cents % 100).padStart(2, '0')}`;
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ isArnNamed),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   Ws: () => (/* binding */ checkEntryOf),
/* harmony export */   Z9: () => (/* binding */ RESOURCE_FIELDS),
/* harmony export */   nB: () => (/* binding */ CHECK_FIELDS)
/* harmony export */ });
/**
 * The schemaVersion the JSON report is written in. Version 2 writes each check's metadata once,
 * in `checks`; version 3 also each resource's fields once, in `resourceTable`, which results name
 * by position. Every reader also reads versions 1 and 2.
 */
const REPORT_SCHEMA_VERSION = 3;
/** The fields of a result that are its check's, written once per check in `checks` (version 2). */
const CHECK_FIELDS = [
    'title',
    'service',
    'category',
    'severity',
    'resourceType',
    'remediation',
    'frameworks',
];
/**
 * The fields of a result that are its resource's, written once per resource in `resourceTable`
 * (version 3): several checks judge one resource.
 */
const RESOURCE_FIELDS = [
    'account',
    'region',
    'resourceId',
    'resourceArn',
    'resourceName',
];
/**
 * A resource identified by its ARN (an IAM principal): version 3 writes no `resourceArn` for it,
 * and a reader takes the id as the ARN.
 */
const isArnNamed = (entry) => entry.resourceArn === entry.resourceId && entry.resourceId.startsWith('arn:');
/** The metadata of a result's check, as the result carries it. */
const checkEntryOf = (result) => ({
    title: result.title,
    service: result.service,
    category: result.category,
    severity: result.severity,
    resourceType: result.resourceType,
    remediation: result.remediation,
    frameworks: result.frameworks,
});


/***/ }),

/***/ 3111:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   ex: () => (/* binding */ compareResults),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   oZ: () => (/* binding */ SEVERITY_WEIGHTS),
/* harmony export */   y: () => (/* binding */ SCORED_CATEGORIES)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** Score weight of each severity (DESIGN.md "Results, score, gate"). */
const SEVERITY_WEIGHTS = {
    critical: 10,
    high: 5,
    medium: 2,
    low: 1,
};
const CATEGORIES = ['security', 'resilience', 'operations', 'cost', 'performance'];
/** Categories whose results count toward the posture score. */
const SCORED_CATEGORIES = ['security', 'resilience', 'operations'];
const STATUS_ORDER = { FAIL: 0, UNKNOWN: 1, PASS: 2 };
/** Code-unit order, not localeCompare: output must not depend on the machine's locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The order of results everywhere: most severe first, then check, region, resource and status.
 * Account and id break the remaining ties of merged multi-account reports, so the order is total.
 */
function compareResults(a, b) {
    return (SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        compareText(a.checkId, b.checkId) ||
        compareText(a.region, b.region) ||
        compareText(a.resourceId, b.resourceId) ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        compareText(a.account, b.account) ||
        compareText(a.id, b.id));
}


/***/ }),

/***/ 5756:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ReportFileError: () => (/* binding */ ReportFileError),
/* harmony export */   readReport: () => (/* binding */ readReport)
/* harmony export */ });
/* unused harmony exports upgradeV1, reportFromJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2857);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5235);



/** A file given as a report that cannot be read as one; the message names the file. */
class ReportFileError extends Error {
    name = 'ReportFileError';
}
/** What every reader of a report (merge, baseline) relies on, in every version. */
const COMMON = {
    account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    regions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    services: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    config: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({}),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ excludedByRegion: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()) }),
};
/** Version 1: every result carries its check's metadata. */
const REPORT_V1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    ...COMMON,
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
});
const CHECK_ENTRY = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    service: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resourceType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    remediation: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ text: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    frameworks: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({}).optional(),
});
const STORED_RESULT = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), checkId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
/** Version 2: the check catalogue once, each result naming its check. */
const REPORT_V2 = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    ...COMMON,
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), CHECK_ENTRY),
    results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(STORED_RESULT),
    resolved: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(STORED_RESULT).optional(),
});
const RESOURCE_ENTRY = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resourceId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resourceArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    resourceName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const TABLED_RESULT = STORED_RESULT.extend({ resource: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().nonnegative() });
/** Version 3: also each resource once, each result naming its resource by position. */
const REPORT_V3 = REPORT_V2.extend({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(3),
    resourceTable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(RESOURCE_ENTRY),
    results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TABLED_RESULT),
    resolved: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TABLED_RESULT).optional(),
});
const REPORT_FILE = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schemaVersion', [REPORT_V1, REPORT_V2, REPORT_V3]);
/**
 * A version 1 report as the current version reads in memory: its results already carry their
 * checks' metadata and their resources' fields, so only the version changes.
 */
function upgradeV1(report) {
    return { ...report, schemaVersion: _model_report_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_SCHEMA_VERSION */ .WI };
}
/**
 * A version 2 or 3 report in memory: each result gets its check's metadata back (the same objects
 * for every result of a check) and, from version 3, its resource's fields, and keeps whatever of
 * its check the file wrote on the result itself.
 */
function joinTables(report, path) {
    const checks = new Map(Object.entries(report.checks).map(([checkId, entry]) => [
        checkId,
        { ...entry, frameworks: entry.frameworks ?? {} },
    ]));
    // An entry without its account is of the report's account; an id that is an ARN is the ARN.
    const resources = report.schemaVersion === 3
        ? report.resourceTable.map((entry) => ({
            account: report.account,
            ...(entry.resourceId.startsWith('arn:') ? { resourceArn: entry.resourceId } : {}),
            ...entry,
        }))
        : [];
    const problem = (where, what) => new ReportFileError(`"${path}" is not a posture-gate JSON report of schemaVersion ${report.schemaVersion} (${where}: ${what}).`);
    const join = (list) => (stored, index) => {
        const entry = checks.get(stored.checkId);
        if (!entry) {
            throw problem(`${list}.${index}.checkId`, `"${stored.checkId}" is not in checks`);
        }
        if (stored.resource === undefined)
            return { ...entry, ...stored };
        const { resource, ...own } = stored;
        const fields = resources[resource];
        if (!fields) {
            throw problem(`${list}.${index}.resource`, `${resource} is past the end of resourceTable (${resources.length} entries)`);
        }
        return { ...entry, ...fields, ...own };
    };
    const { checks: _catalogue, ...rest } = report;
    const { resourceTable: _table, ...withoutTable } = rest;
    return {
        ...withoutTable,
        schemaVersion: _model_report_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_SCHEMA_VERSION */ .WI,
        results: report.results.map(join('results')),
        resolved: (report.resolved ?? []).map(join('resolved')),
    };
}
/** A parsed report file of any version as it reads in memory; messages name it as `path`. */
function reportFromJson(parsed, path) {
    const checked = REPORT_FILE.safeParse(parsed);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : '';
        throw new ReportFileError(`"${path}" is not a posture-gate JSON report of schemaVersion 1, 2 or 3${where}.`);
    }
    // The file's own objects, not zod's copies: those put the checked keys first, and a report read
    // back must keep its key order to be written again byte for byte.
    const report = parsed;
    return report.schemaVersion === 1 ? upgradeV1(report) : joinTables(report, path);
}
/** The report in `file`, of any version; messages name it as `path`, the path the user gave. */
async function readReport(file, path = file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new ReportFileError(`Cannot read report "${path}": ${error.message}`);
    }
    return reportFromJson(parsed, path);
}


/***/ }),

/***/ 3751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ accessPointRule),
/* harmony export */   Of: () => (/* binding */ sizeReadFailure),
/* harmony export */   vA: () => (/* binding */ readStoredGb),
/* harmony export */   yc: () => (/* binding */ fileSystemRule),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
/* harmony import */ var _kit_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7163);

const FILE_SYSTEM_TYPE = 'AWS::EFS::FileSystem';
const ACCESS_POINT_TYPE = 'AWS::EFS::AccessPoint';
function fileSystemRef(fs, region) {
    const ref = { region, resourceId: fs.id, resourceArn: fs.arn };
    if (fs.name !== undefined)
        ref.resourceName = fs.name;
    return ref;
}
function accessPointRef(ap, region) {
    const ref = {
        region,
        resourceId: ap.id,
        resourceArn: ap.arn,
        resourceType: ACCESS_POINT_TYPE,
    };
    if (ap.name !== undefined)
        ref.resourceName = ap.name;
    return ref;
}
/** A check judged once per file system of each region. */
function fileSystemRule(check) {
    return (0,_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceRule */ .vE)({
        ...check,
        meta: { ...check.meta, service: 'efs', resourceType: FILE_SYSTEM_TYPE },
        resources: (efs) => efs.fileSystems,
        ref: fileSystemRef,
        createdAt: (fs) => fs.createdAt,
    });
}
/**
 * The access points of the audited file systems. When the access point listing failed, each file
 * system stands in for the access points it may have, to be judged UNKNOWN.
 */
function accessPointItems(efs) {
    const { fileSystems, accessPoints } = efs;
    if (!fileSystems.ok)
        return fileSystems;
    if (!accessPoints.ok) {
        const failure = accessPoints.error;
        return { ok: true, value: fileSystems.value.map((fileSystem) => ({ fileSystem, failure })) };
    }
    const audited = new Set(fileSystems.value.map((fs) => fs.id));
    return {
        ok: true,
        value: accessPoints.value
            .filter((ap) => audited.has(ap.fileSystemId))
            .map((accessPoint) => ({ accessPoint })),
    };
}
/** A check judged once per access point of an audited file system. */
function accessPointRule(check) {
    return (0,_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceRule */ .vE)({
        meta: { ...check.meta, service: 'efs', resourceType: ACCESS_POINT_TYPE },
        resources: accessPointItems,
        ref: (item, region) => 'accessPoint' in item
            ? accessPointRef(item.accessPoint, region)
            : { ...fileSystemRef(item.fileSystem, region), resourceType: FILE_SYSTEM_TYPE },
        judge: (item) => 'accessPoint' in item ? check.judge(item.accessPoint) : (0,_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5)(item.failure),
    });
}
/** AWS bills storage in binary gigabytes. */
const BYTES_PER_GB = 2 ** 30;
function latest(series) {
    const values = series.ok ? series.value.values : [];
    return values.length > 0 ? values[values.length - 1] : undefined;
}
function sizeInBytesGb(size) {
    const infrequentAccess = size.infrequentAccess ?? 0;
    const archive = size.archive ?? 0;
    const standard = size.standard ?? Math.max(0, size.total - infrequentAccess - archive);
    return {
        total: size.total / BYTES_PER_GB,
        standard: standard / BYTES_PER_GB,
        infrequentAccess: infrequentAccess / BYTES_PER_GB,
        archive: archive / BYTES_PER_GB,
        source: 'SizeInBytes',
    };
}
/**
 * What the file system stores. SizeInBytes is the authority; CloudWatch StorageBytes stands in
 * only when SizeInBytes reads zero (an emulator; AWS never reports below 6 KiB) and has datapoints.
 * When that StorageBytes read failed the size is unknown: the zero of SizeInBytes is no answer.
 */
function readStoredGb(fs) {
    const size = fs.sizeInBytes;
    const storage = fs.metrics.storageBytes;
    if (!storage || size.total !== 0)
        return { ok: true, value: sizeInBytesGb(size) };
    const failure = (0,_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .firstFailure */ .fx)(storage.total, storage.standard, storage.infrequentAccess);
    if (failure)
        return { ok: false, error: failure };
    const total = latest(storage.total);
    if (total === undefined)
        return { ok: true, value: sizeInBytesGb(size) };
    const infrequentAccess = latest(storage.infrequentAccess) ?? 0;
    const standard = latest(storage.standard) ?? Math.max(0, total - infrequentAccess);
    return {
        ok: true,
        value: {
            total: total / BYTES_PER_GB,
            standard: standard / BYTES_PER_GB,
            infrequentAccess: infrequentAccess / BYTES_PER_GB,
            archive: 0,
            source: 'StorageBytes',
        },
    };
}
/** Why the size is unknown, naming the failed call as UNKNOWN results do. */
function sizeReadFailure(failure) {
    return `${failure.operation} failed with ${failure.code} reading CloudWatch StorageBytes`;
}
/** Joins names for a detail sentence: `a`, `a and b`, `a, b and c`. */
function listWords(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}


/***/ }),

/***/ 4655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ALL_RULES: () => (/* binding */ ALL_RULES)
});

// EXTERNAL MODULE: ./src/model/money.ts
var money = __nccwpck_require__(5221);
;// CONCATENATED MODULE: ./src/rules/ec2-prices.ts
// EC2 prices the cost checks put on EBS volumes and Elastic IP addresses, and how a volume's
// monthly bill follows from them. Pure arithmetic: the rules say what the figures mean.
/**
 * EC2 list prices in USD, us-east-1 (N. Virginia), per month unless said. Other regions differ by
 * a few percent to a third; savings elsewhere are us-east-1 estimates.
 *
 * Sources (read 2026-12):
 * - https://aws.amazon.com/ebs/pricing/ (volume storage, gp3 IOPS and throughput above the
 *   included 3,000 IOPS and 125 MiB/s, io1 and io2 provisioned IOPS, magnetic I/O requests). Its
 *   gp2 and gp3 figures for N. Virginia are quoted in
 *   https://www.saisci.com/aws/gp2-vs-gp3-cost-comparison-ebs-volumes/, and a 500 GiB gp2 volume
 *   ($50.00) against gp3 at the same 250 MiB/s ($45.00) in
 *   https://wellar.io/blog/aws-ebs-gp2-to-gp3-savings-footnote; the io2 tiers in
 *   https://awsnegotiations.com/ebs-io2-block-express-cost.html.
 * - https://aws.amazon.com/blogs/networking-and-content-delivery/identify-and-optimize-public-ipv4-address-usage-on-aws/
 *   (AWS charges every public IPv4 address it provides from 2024-02-01, in use or idle; BYOIP
 *   addresses are not charged) and https://blog.avangards.io/psa-review-your-aws-public-ipv4-address-usage-to-avoid-new-charges
 *   ($0.005 an hour, $3.65 a month).
 *
 * Confidence: high for gp2, gp3 (storage, IOPS, throughput) and the IPv4 charge, which several
 * sources agree on; MEDIUM for io1, io2, st1, sc1 and standard, read from secondary copies of the
 * pricing page rather than the page itself (it renders its tables with script).
 */
const EC2_PRICES = {
    asOf: '2026-12',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/ebs/pricing/ and the AWS public IPv4 charge announcement',
    /** Per GB-month of provisioned storage (AWS bills binary GB: a GiB of `Size`), by VolumeType. */
    storageGbMonth: {
        gp2: 0.1,
        gp3: 0.08,
        io1: 0.125, // medium confidence
        io2: 0.125, // medium confidence
        st1: 0.045, // medium confidence
        sc1: 0.015, // medium confidence
        standard: 0.05, // medium confidence; magnetic, previous generation
    },
    /** gp3 includes 3,000 IOPS and 125 MiB/s; more is billed per IOPS-month and per MiB/s-month. */
    gp3IncludedIops: 3000,
    gp3IopsMonth: 0.005,
    gp3IncludedThroughputMibps: 125,
    gp3ThroughputMibpsMonth: 0.04,
    /** io1: every provisioned IOPS, per IOPS-month (medium confidence). */
    io1IopsMonth: 0.065,
    /**
     * io2: provisioned IOPS priced in tiers per volume, like tax brackets: the first 32,000 IOPS at
     * $0.065, the next 32,000 at $0.0455, the rest at $0.032 (medium confidence).
     */
    io2IopsTiers: [
        { upTo: 32_000, iopsMonth: 0.065 },
        { upTo: 64_000, iopsMonth: 0.0455 },
        { upTo: Infinity, iopsMonth: 0.032 },
    ],
    /**
     * Magnetic (standard) volumes also bill $0.05 per million I/O requests: a figure only the
     * account's bill knows, never counted in a saving (medium confidence).
     */
    standardPerMillionIo: 0.05,
    /** Every public IPv4 address, associated or not, per hour. */
    publicIpv4Hour: 0.005,
    /** Hours in a month: AWS's own monthly figures use 730 (8,760 hours a year / 12). */
    hoursPerMonth: 730,
};
/** The GB-month price of a volume type; own keys only, as the type is text AWS sent. */
function storagePrice(volumeType) {
    return Object.hasOwn(EC2_PRICES.storageGbMonth, volumeType)
        ? EC2_PRICES.storageGbMonth[volumeType]
        : undefined;
}
const line = (what, quantity, unitUsd, usd = quantity * unitUsd) => ({
    what,
    quantity,
    unitUsd,
    usd,
});
function io2IopsUsd(iops) {
    let usd = 0;
    let below = 0;
    for (const tier of EC2_PRICES.io2IopsTiers) {
        usd += Math.max(0, Math.min(iops, tier.upTo) - below) * tier.iopsMonth;
        below = tier.upTo;
    }
    return usd;
}
/** A gp3 volume's bill: storage, and IOPS and throughput above what gp3 includes. */
function gp3Bill(volume) {
    const iops = Math.max(0, volume.iops - EC2_PRICES.gp3IncludedIops);
    const throughput = Math.max(0, volume.throughputMibps - EC2_PRICES.gp3IncludedThroughputMibps);
    const lines = [
        line('storage', volume.sizeGib, EC2_PRICES.storageGbMonth.gp3),
        line('iops', iops, EC2_PRICES.gp3IopsMonth),
        line('throughput', throughput, EC2_PRICES.gp3ThroughputMibpsMonth),
    ].filter((l) => l.what === 'storage' || l.quantity > 0);
    return { usd: lines.reduce((sum, l) => sum + l.usd, 0), lines };
}
/**
 * The monthly list price of a volume: its storage, plus the IOPS and throughput its type bills
 * (gp3 above what it includes; every provisioned IOPS of io1 and io2). Not the I/O requests of a
 * magnetic volume, which only the bill knows.
 */
function monthlyVolumeBill(volume) {
    const { volumeType, sizeGib, iops, throughputMibps } = volume;
    const gbMonth = storagePrice(volumeType);
    if (gbMonth === undefined) {
        return { ok: false, reason: `posture-gate has no price for volume type ${volumeType}` };
    }
    const missing = (field) => ({
        ok: false,
        reason: `DescribeVolumes reported no ${field} for the ${volumeType} volume`,
    });
    const storage = line('storage', sizeGib, gbMonth);
    switch (volumeType) {
        case 'gp3':
            if (iops === undefined)
                return missing('Iops');
            if (throughputMibps === undefined)
                return missing('Throughput');
            return { ok: true, ...gp3Bill({ sizeGib, iops, throughputMibps }) };
        case 'io1':
        case 'io2': {
            if (iops === undefined)
                return missing('Iops');
            const iopsLine = volumeType === 'io1'
                ? line('iops', iops, EC2_PRICES.io1IopsMonth)
                : line('iops', iops, EC2_PRICES.io2IopsTiers[0].iopsMonth, io2IopsUsd(iops));
            return { ok: true, usd: storage.usd + iopsLine.usd, lines: [storage, iopsLine] };
        }
        default:
            return { ok: true, usd: storage.usd, lines: [storage] };
    }
}
/** gp2 IOPS: 3 per GiB, at least 100 and at most 16,000. */
const GP2_IOPS_PER_GIB = 3;
const GP2_MIN_IOPS = 100;
const GP2_MAX_IOPS = 16_000;
/**
 * gp2 throughput by size (EBS User Guide, "General Purpose SSD volumes", gp2 throughput
 * performance, https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html#gp2-performance):
 * 170 GiB and smaller deliver at most 128 MiB/s; larger than 170 GiB but smaller than 334 GiB
 * burst to 250 MiB/s; 334 GiB and larger deliver 250 MiB/s.
 */
const GP2_SMALL_MAX_GIB = 170;
const GP2_SMALL_THROUGHPUT_MIBPS = 128;
const GP2_THROUGHPUT_MIBPS = 250;
/** What a gp2 volume of `sizeGib` delivers: its baseline IOPS and the most throughput it reaches. */
function gp2Performance(sizeGib) {
    const iops = Math.min(GP2_MAX_IOPS, Math.max(GP2_MIN_IOPS, GP2_IOPS_PER_GIB * sizeGib));
    const throughputMibps = sizeGib <= GP2_SMALL_MAX_GIB ? GP2_SMALL_THROUGHPUT_MIBPS : GP2_THROUGHPUT_MIBPS;
    return { iops, throughputMibps };
}
/**
 * The gp3 volume that replaces a gp2 one without less performance: the same size, at least the
 * 3,000 IOPS gp3 includes (which also covers gp2's burst to 3,000) or gp2's baseline if higher,
 * and gp2's throughput for that size.
 */
function gp3Equivalent(sizeGib) {
    const gp2 = gp2Performance(sizeGib);
    return {
        volumeType: 'gp3',
        sizeGib,
        iops: Math.max(EC2_PRICES.gp3IncludedIops, gp2.iops),
        throughputMibps: Math.max(EC2_PRICES.gp3IncludedThroughputMibps, gp2.throughputMibps),
    };
}
/** What a public IPv4 address costs in a month of 730 hours. */
function monthlyPublicIpv4Usd() {
    return EC2_PRICES.publicIpv4Hour * EC2_PRICES.hoursPerMonth;
}

// EXTERNAL MODULE: ./src/rules/kit.ts
var kit = __nccwpck_require__(7163);
;// CONCATENATED MODULE: ./src/rules/ec2-cost.ts



const VOLUME_TYPE = 'AWS::EC2::Volume';
const EIP_TYPE = 'AWS::EC2::EIP';
function ref(resource, region) {
    const out = { region, resourceId: resource.id, resourceArn: resource.arn };
    if (resource.name !== undefined)
        out.resourceName = resource.name;
    return out;
}
/** A unit price as price lists write it: at least cents, more digits where they matter. */
function formatPrice(usd) {
    return Number.isInteger(usd * 100) ? `$${usd.toFixed(2)}` : `$${usd}`;
}
const count = (n) => n.toLocaleString('en-US');
/** The volume's type and size, or undefined when the inventory lacks them. */
function priced(volume) {
    if (volume.volumeType === undefined || volume.sizeGib === undefined)
        return undefined;
    const out = { volumeType: volume.volumeType, sizeGib: volume.sizeGib };
    if (volume.iops !== undefined)
        out.iops = volume.iops;
    if (volume.throughputMibps !== undefined)
        out.throughputMibps = volume.throughputMibps;
    return out;
}
const NOT_PRICED = 'VolumeType or Size was not collected (an inventory saved before they were), so the saving cannot be computed';
function describeLine(line, volumeType) {
    const usd = (0,money/* formatUsd */.U)(line.usd);
    const unit = formatPrice(line.unitUsd);
    switch (line.what) {
        case 'storage':
            return `${count(line.quantity)} GiB of ${volumeType} at ${unit} per GB-month (${usd})`;
        case 'iops':
            if (volumeType === 'gp3') {
                return `${count(line.quantity)} IOPS above the included ${count(EC2_PRICES.gp3IncludedIops)} at ${unit} per IOPS-month (${usd})`;
            }
            return volumeType === 'io2'
                ? `${count(line.quantity)} provisioned IOPS at io2's tiered prices from ${unit} per IOPS-month (${usd})`
                : `${count(line.quantity)} provisioned IOPS at ${unit} per IOPS-month (${usd})`;
        case 'throughput':
            return `${count(line.quantity)} MiB/s above the included ${EC2_PRICES.gp3IncludedThroughputMibps} at ${unit} per MiB/s-month (${usd})`;
    }
}
/** Volumes in these states are judged: attached to nothing (`available`) or attached (`in-use`). */
const JUDGED_STATES = new Set(['available', 'in-use']);
const ebsVolumeUnattached = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.ebs-volume-unattached',
        title: 'EBS volume attached to nothing',
        service: 'ec2',
        category: 'cost',
        severity: 'medium',
        resourceType: VOLUME_TYPE,
        remediation: {
            text: 'Confirm nothing needs it, snapshot it if its data matters (a snapshot bills only the blocks it stores), then delete the volume.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-deleting-volume.html',
        },
        frameworks: {},
        failWhen: "The volume is `available` (attached to nothing) and was created at least `min-age-days` ago (`creating` and `error` volumes get no result). The saving is its whole monthly list price: size x the GB-month price of its type, plus gp3 IOPS above 3,000 and throughput above 125 MiB/s, or every provisioned IOPS of io1 and io2 (io2 in its price tiers); a magnetic volume's per-request I/O charge is not counted. UNKNOWN when `CreateTime` was not collected.",
        savingIsWholeBill: true,
    },
    resources: (ec2) => ec2.volumes,
    ref,
    appliesTo: (volume) => JUDGED_STATES.has(volume.state),
    createdAt: (volume) => volume.createdAt,
    judge: (volume, _part, context) => {
        if (volume.state === 'in-use') {
            return (0,kit/* pass */.IX)(`The volume is attached to ${volume.attachedTo.join(', ') || 'an instance'}.`, {
                state: volume.state,
                attachedTo: volume.attachedTo,
            });
        }
        if (volume.createdAt === undefined) {
            return (0,kit/* undetermined */.nZ)(`The volume is attached to nothing, but CreateTime was not collected (an inventory saved before it was): whether it is older than min-age-days (${context.minAgeDays}) is not known.`, { state: volume.state, createdAt: null });
        }
        const age = (0,kit/* ageInDays */.QR)(volume.createdAt, context.now);
        const unattached = `The volume is attached to nothing (state available) and was created ${count(age)} days ago`;
        const evidence = {
            state: volume.state,
            createdAt: volume.createdAt,
            volumeType: volume.volumeType ?? null,
            sizeGib: volume.sizeGib ?? null,
        };
        const pricedVolume = priced(volume);
        if (!pricedVolume)
            return (0,kit/* fail */.fJ)(`${unattached}. ${NOT_PRICED}.`, evidence);
        const bill = monthlyVolumeBill(pricedVolume);
        if (!bill.ok)
            return (0,kit/* fail */.fJ)(`${unattached}. The saving cannot be computed: ${bill.reason}.`, evidence);
        const savings = (0,money/* roundUsd */.t)(bill.usd);
        const parts = bill.lines
            .map((line) => describeLine(line, pricedVolume.volumeType))
            .join(' plus ');
        // Unattached, a magnetic volume makes no I/O requests; what it made before only the bill knows.
        const magnetic = pricedVolume.volumeType === 'standard'
            ? ` Its ${formatPrice(EC2_PRICES.standardPerMillionIo)} per million I/O requests is not counted: not known from the inventory, and none while it is attached to nothing.`
            : '';
        return (0,kit/* fail */.fJ)(`${unattached}: deleting it saves ${(0,money/* formatUsd */.U)(savings)} a month, ${parts}.${magnetic}`, { ...evidence, monthlyPriceUsd: savings }, savings);
    },
});
const ebsGp2Volume = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.ebs-gp2-volume',
        title: 'EBS volume is gp2, not gp3',
        service: 'ec2',
        category: 'cost',
        severity: 'low',
        resourceType: VOLUME_TYPE,
        remediation: {
            text: 'Modify the volume to gp3 in place (aws ec2 modify-volume --volume-type gp3), with IOPS and throughput at least those in the detail; the volume stays attached and in use while it changes.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/requesting-ebs-volume-modifications.html',
        },
        frameworks: {},
        failWhen: "`VolumeType` is `gp2`. The saving is its gp2 price minus the price of a gp3 volume of the same size with at least the IOPS and throughput the gp2 volume has: IOPS = max(3,000 included, 3 per GiB with at least 100 and at most 16,000), throughput = gp2's for its size (128 MiB/s up to 170 GiB, 250 MiB/s above), gp3 including 3,000 IOPS and 125 MiB/s. A volume too small for gp3 to be cheaper (6 GiB or less) fails without a saving figure. An unattached gp2 volume fails this check too, but the totals count it once, at the whole price `ec2.ebs-volume-unattached` saves.",
    },
    resources: (ec2) => ec2.volumes,
    ref,
    createdAt: (volume) => volume.createdAt,
    judge: (volume) => {
        const { volumeType, sizeGib } = volume;
        if (volumeType === undefined) {
            return (0,kit/* undetermined */.nZ)('VolumeType was not collected (an inventory saved before it was): whether the volume is gp2 is not known.', { volumeType: null });
        }
        if (volumeType !== 'gp2') {
            return (0,kit/* pass */.IX)(`The volume is ${volumeType}, not gp2.`, { volumeType });
        }
        const evidence = { volumeType, sizeGib: sizeGib ?? null, state: volume.state };
        // Deleting it saves more than converting it: say so, the totals count it once.
        const unattached = volume.state === 'available'
            ? ' It is attached to nothing: deleting it would save its whole price instead.'
            : '';
        if (sizeGib === undefined) {
            return (0,kit/* fail */.fJ)(`The volume is gp2; DescribeVolumes reported no Size, so the saving of gp3 cannot be computed.${unattached}`, evidence);
        }
        const gp2Price = EC2_PRICES.storageGbMonth.gp2;
        const gp2Usd = (0,money/* roundUsd */.t)(sizeGib * gp2Price);
        const gp2 = gp2Performance(sizeGib);
        const gp3 = gp3Equivalent(sizeGib);
        const bill = gp3Bill(gp3);
        const gp3Usd = (0,money/* roundUsd */.t)(bill.usd);
        const matched = `gp3 of the same size with ${count(gp3.iops)} IOPS (gp2 gives ${count(gp2.iops)} baseline, bursting to 3,000) and ${gp3.throughputMibps} MiB/s (gp2's most at ${count(sizeGib)} GiB) costs ${(0,money/* formatUsd */.U)(gp3Usd)}`;
        const gp3Evidence = {
            ...evidence,
            gp2MonthlyUsd: gp2Usd,
            gp3MonthlyUsd: gp3Usd,
            gp3Iops: gp3.iops,
            gp3ThroughputMibps: gp3.throughputMibps,
        };
        const savings = (0,money/* roundUsd */.t)(gp2Usd - gp3Usd);
        const gp2Text = `The volume is gp2: ${count(sizeGib)} GiB at ${formatPrice(gp2Price)} per GB-month costs ${(0,money/* formatUsd */.U)(gp2Usd)} a month`;
        if (savings <= 0) {
            return (0,kit/* fail */.fJ)(`${gp2Text}; ${matched}, no less: at this size gp3 saves nothing.${unattached}`, gp3Evidence);
        }
        const lines = bill.lines.map((line) => describeLine(line, 'gp3')).join(' plus ');
        return (0,kit/* fail */.fJ)(`${gp2Text}; ${matched} (${lines}): modifying it to gp3 saves ${(0,money/* formatUsd */.U)(savings)} a month.${unattached}`, gp3Evidence, savings);
    },
});
/** An inventory saved before Elastic IPs were collected has no `addresses`: stands for no list. */
const NONE_LISTED = { ok: true, value: [] };
const eipAddresses = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.eip-unassociated',
        title: 'Elastic IP address associated with nothing',
        service: 'ec2',
        category: 'cost',
        severity: 'low',
        resourceType: EIP_TYPE,
        remediation: {
            text: 'Release the address if nothing will use it again (aws ec2 release-address --allocation-id ...): a released address may not come back, so update anything that allows or resolves to it first.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html#using-instance-addressing-eips-releasing',
        },
        frameworks: {},
        failWhen: 'An Elastic IP address has no `AssociationId` (attached to no instance or network interface). The saving is the public IPv4 charge for a month: $0.005 an hour x 730 hours = $3.65; none for a BYOIP address (its `PublicIpv4Pool` is not `amazon`), which AWS does not charge. AWS charges an associated address too, so releasing it is the only saving. UNKNOWN per region when the addresses were not collected.',
    },
    resources: (ec2) => ec2.addresses ?? NONE_LISTED,
    ref,
    judge: (address) => {
        const name = address.publicIp ?? address.id;
        const evidence = {
            publicIp: address.publicIp ?? null,
            associationId: address.associationId ?? null,
            ...(address.publicIpv4Pool !== undefined ? { publicIpv4Pool: address.publicIpv4Pool } : {}),
        };
        const hourly = formatPrice(EC2_PRICES.publicIpv4Hour);
        if (address.associationId) {
            const target = address.instanceId
                ? `instance ${address.instanceId}`
                : `network interface ${address.networkInterfaceId ?? 'unknown'}`;
            return (0,kit/* pass */.IX)(`The address ${name} is associated with ${target} (AWS charges ${hourly} an hour for it all the same).`, evidence);
        }
        const idle = `The address ${name} is associated with nothing`;
        const byoip = address.publicIpv4Pool !== undefined && address.publicIpv4Pool !== 'amazon';
        if (byoip) {
            return (0,kit/* fail */.fJ)(`${idle}; it comes from the BYOIP pool ${address.publicIpv4Pool}, which AWS does not charge for, so releasing it saves nothing on the bill.`, evidence);
        }
        const savings = (0,money/* roundUsd */.t)(monthlyPublicIpv4Usd());
        return (0,kit/* fail */.fJ)(`${idle}: releasing it saves ${(0,money/* formatUsd */.U)(savings)} a month (${EC2_PRICES.hoursPerMonth} hours at ${hourly} per public IPv4 address-hour).`, evidence, savings);
    },
});
/** The address check, plus one UNKNOWN per region whose addresses were not collected. */
const eipUnassociated = {
    meta: eipAddresses.meta,
    *evaluate(inventory, context) {
        yield* (0,kit/* partsOf */.CI)(inventory, 'ec2')
            .filter(({ part }) => part.addresses === undefined)
            .map(({ region }) => (0,kit/* toFinding */.N6)({ region, resourceId: inventory.account, resourceType: kit/* ACCOUNT_TYPE */.HR }, (0,kit/* undetermined */.nZ)(`Elastic IP addresses were not collected in ${region} (an inventory saved before they were): whether any is associated with nothing is not known.`)));
        yield* eipAddresses.evaluate(inventory, context);
    },
};
/** The EC2 cost checks of CHECKS.md, in catalogue order. */
const ec2CostRules = [ebsVolumeUnattached, ebsGp2Volume, eipUnassociated];

;// CONCATENATED MODULE: ./src/rules/ec2.ts


const INSTANCE_TYPE = 'AWS::EC2::Instance';
const ec2_VOLUME_TYPE = 'AWS::EC2::Volume';
function resourceRef(resource, region) {
    const ref = { region, resourceId: resource.id, resourceArn: resource.arn };
    if (resource.name !== undefined)
        ref.resourceName = resource.name;
    return ref;
}
/** EC2.8 applies to instances that can serve metadata now or after a start. */
const IMDS_STATES = new Set(['pending', 'running', 'stopped']);
const imdsv2NotRequired = (0,kit/* fieldRule */.B4)({
    meta: {
        id: 'ec2.imdsv2-not-required',
        title: 'EC2 instance does not require IMDSv2',
        service: 'ec2',
        category: 'security',
        severity: 'high',
        resourceType: INSTANCE_TYPE,
        remediation: {
            text: 'Set the instance metadata option HttpTokens to required (aws ec2 modify-instance-metadata-options --http-tokens required), after checking that its software uses IMDSv2.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
        },
        frameworks: { fsbp: ['EC2.8'], cis: ['5.6'] },
        failWhen: 'A `pending`, `running` or `stopped` instance has `MetadataOptions.HttpTokens` other than `required`, whatever its `HttpEndpoint` setting.',
    },
    resources: (ec2) => ec2.instances,
    ref: resourceRef,
    appliesTo: (instance) => IMDS_STATES.has(instance.state),
    field: (instance) => instance.httpTokens,
    missing: 'MetadataOptions.HttpTokens was not in the DescribeInstances answer: whether IMDSv1 is served is not known.',
    passes: (httpTokens) => httpTokens === 'required',
    detail: (httpTokens, instance) => {
        if (httpTokens === 'required')
            return 'HttpTokens is required: only IMDSv2 is served.';
        // EC2.8 fails it all the same: the endpoint can be turned on without touching HttpTokens.
        if (instance.httpEndpoint === 'disabled') {
            return `HttpTokens is ${httpTokens}, not required, and the metadata endpoint is off (HttpEndpoint disabled): IMDSv1 would be served once the endpoint is turned on.`;
        }
        return `HttpTokens is ${httpTokens}, not required: IMDSv1 is served to anything on the ${instance.state} instance.`;
    },
    evidence: (httpTokens, instance) => ({
        state: instance.state,
        httpTokens: httpTokens ?? null,
        ...(instance.httpEndpoint !== undefined ? { httpEndpoint: instance.httpEndpoint } : {}),
    }),
});
const ebsVolumeUnencrypted = (0,kit/* fieldRule */.B4)({
    meta: {
        id: 'ec2.ebs-volume-unencrypted',
        title: 'EBS volume not encrypted',
        service: 'ec2',
        category: 'security',
        severity: 'high',
        resourceType: ec2_VOLUME_TYPE,
        remediation: {
            text: 'Volumes cannot be encrypted in place: snapshot the volume, copy the snapshot with encryption, create a volume from it and swap it in.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
        },
        frameworks: { fsbp: ['EC2.3'] },
        failWhen: 'The volume has `Encrypted` false, attached or not.',
    },
    resources: (ec2) => ec2.volumes,
    ref: resourceRef,
    field: (volume) => volume.encrypted,
    passes: (encrypted) => encrypted,
    detail: (encrypted, volume) => {
        const attachment = volume.attachedTo.length > 0 ? `attached to ${volume.attachedTo.join(', ')}` : 'not attached';
        return `The volume is ${encrypted ? '' : 'not '}encrypted (${attachment}).`;
    },
    evidence: (encrypted, volume) => ({
        encrypted,
        state: volume.state,
        attachedTo: volume.attachedTo,
    }),
});
const ebsDefaultEncryptionOff = (0,kit/* regionRule */.l5)({
    meta: {
        id: 'ec2.ebs-default-encryption-off',
        title: 'EBS encryption by default is off',
        service: 'ec2',
        category: 'security',
        severity: 'medium',
        resourceType: kit/* ACCOUNT_TYPE */.HR,
        remediation: {
            text: 'Turn on EBS encryption by default in this region (aws ec2 enable-ebs-encryption-by-default): every new volume and snapshot copy is then encrypted.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
        },
        frameworks: { fsbp: ['EC2.7'], cis: ['2.2.1'] },
        failWhen: 'EBS encryption by default (`GetEbsEncryptionByDefault`) is off in the region: one result per region, about the account.',
    },
    judge: (ec2, region) => {
        const setting = ec2.ebsEncryptionByDefault;
        if (!setting.ok)
            return (0,kit/* unknown */.L5)(setting.error);
        if (setting.value === null) {
            return (0,kit/* undetermined */.nZ)(`EbsEncryptionByDefault was not in the GetEbsEncryptionByDefault answer for ${region}: whether new volumes are encrypted by default is not known.`, { ebsEncryptionByDefault: null });
        }
        return setting.value
            ? (0,kit/* pass */.IX)(`EBS encryption by default is on in ${region}.`, { ebsEncryptionByDefault: true })
            : (0,kit/* fail */.fJ)(`EBS encryption by default is off in ${region}: new volumes are unencrypted unless each request asks.`, { ebsEncryptionByDefault: false });
    },
});
const publicIp = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.public-ip',
        title: 'EC2 instance has a public IPv4 address',
        service: 'ec2',
        category: 'security',
        severity: 'medium',
        resourceType: INSTANCE_TYPE,
        remediation: {
            text: 'Launch the instance in a private subnet (no auto-assigned public IP) and reach it through a load balancer, NAT or Systems Manager Session Manager.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
        },
        frameworks: { fsbp: ['EC2.9'] },
        failWhen: 'The instance has a public IPv4 address (`PublicIpAddress` is set).',
    },
    resources: (ec2) => ec2.instances,
    ref: resourceRef,
    judge: (instance) => instance.publicIp
        ? (0,kit/* fail */.fJ)(`The instance has the public IPv4 address ${instance.publicIp}.`, {
            publicIp: instance.publicIp,
            state: instance.state,
        })
        : (0,kit/* pass */.IX)('The instance has no public IPv4 address.', {
            publicIp: null,
            state: instance.state,
        }),
});
// Public sharing, metadata defaults and flow logs (issue 12). Their listings are optional in the
// inventory: a region whose inventory was saved before they were collected gets one account-level
// UNKNOWN per check instead of results.
const SNAPSHOT_TYPE = 'AWS::EC2::Snapshot';
const BLOCK_ALL_SHARING = 'block-all-sharing';
const IMAGE_TYPE = 'AWS::EC2::Image';
const VPC_TYPE = 'AWS::EC2::VPC';
/** The sentence of an UNKNOWN for a region whose saved inventory lacks `what`. */
const notCollected = (what, region) => `This inventory was saved before ${what} was collected: ${region} could not be assessed.`;
const accountRef = (account, region) => ({
    region,
    resourceId: account,
    resourceType: kit/* ACCOUNT_TYPE */.HR,
});
/**
 * A per-resource check on a listing that saved inventories may lack: the kit judges the regions
 * that have it; each region without it gets one account-level UNKNOWN naming `what`.
 */
function collectedResourceRule(listing, what, rule) {
    const judged = rule((ec2) => listing(ec2) ?? { ok: true, value: [] });
    return {
        meta: judged.meta,
        *evaluate(inventory, context) {
            yield* judged.evaluate(inventory, context);
            yield* (0,kit/* partsOf */.CI)(inventory, 'ec2')
                .filter(({ part }) => listing(part) === undefined)
                .map(({ region }) => (0,kit/* toFinding */.N6)(accountRef(inventory.account, region), (0,kit/* undetermined */.nZ)(notCollected(what, region))));
        },
    };
}
const snapshotPublicMeta = {
    id: 'ec2.snapshot-public',
    title: 'EBS snapshot is publicly restorable',
    service: 'ec2',
    category: 'security',
    severity: 'critical',
    resourceType: SNAPSHOT_TYPE,
    remediation: {
        text: 'Make the snapshot private (aws ec2 modify-snapshot-attribute --attribute createVolumePermission --operation-type remove --group-names all), share it with named accounts if needed, and turn on snapshot block public access.',
        url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    },
    frameworks: { fsbp: ['EC2.1'] },
    failWhen: "A snapshot the account owns is restorable by everyone: `DescribeSnapshots` (OwnerIds `self`, RestorableByUserIds `all`) lists it and its `createVolumePermission` attribute includes the group `all`, and the region's snapshot block public access is not `block-all-sharing` (which keeps such a snapshot private although its attribute still says `all`: that snapshot PASSes). One FAIL per public snapshot; one PASS per region, about the account, when there is none; UNKNOWN when the listing or a snapshot's attribute could not be read.",
};
/**
 * FAIL per public snapshot, else one region-level PASS about the account: a private snapshot is
 * not listed at all on AWS (the listing is filtered to public ones), so it has no result of its own.
 */
const snapshotPublic = {
    meta: snapshotPublicMeta,
    evaluate(inventory) {
        return (0,kit/* partsOf */.CI)(inventory, 'ec2').flatMap(({ region, part }) => {
            const account = accountRef(inventory.account, region);
            const listed = part.publicSnapshots;
            if (!listed)
                return [(0,kit/* toFinding */.N6)(account, (0,kit/* undetermined */.nZ)(notCollected('DescribeSnapshots', region)))];
            if (!listed.ok)
                return [(0,kit/* listingUnknown */.tJ)(inventory.account, region, listed.error)];
            const findings = listed.value.flatMap((snapshot) => {
                const ref = resourceRef(snapshot, region);
                const everyone = snapshot.restorableByAll;
                if (!everyone.ok)
                    return [(0,kit/* toFinding */.N6)(ref, (0,kit/* unknown */.L5)(everyone.error))];
                if (!everyone.value)
                    return [];
                const volume = snapshot.volumeId ? ` of volume ${snapshot.volumeId}` : '';
                const block = part.snapshotBlockPublicAccess;
                if (block?.ok && block.value === BLOCK_ALL_SHARING) {
                    // The attribute still says all, but AWS treats the snapshot as private (EC2 API
                    // Reference, EnableSnapshotBlockPublicAccess).
                    return [
                        (0,kit/* toFinding */.N6)(ref, (0,kit/* pass */.IX)(`The snapshot${volume} is not publicly available: its createVolumePermission includes the group all, but snapshot block public access is block-all-sharing in ${region}, so AWS treats it as private (it becomes public again if that setting is relaxed).`, { restorableBy: 'all', snapshotBlockPublicAccess: BLOCK_ALL_SHARING })),
                    ];
                }
                return [
                    (0,kit/* toFinding */.N6)(ref, (0,kit/* fail */.fJ)(`The ${snapshot.encrypted ? 'encrypted' : 'unencrypted'} snapshot${volume} is restorable by every AWS account (createVolumePermission includes the group all).`, { restorableBy: 'all', encrypted: snapshot.encrypted })),
                ];
            });
            if (findings.length > 0)
                return findings;
            return [
                (0,kit/* toFinding */.N6)(account, (0,kit/* pass */.IX)(`No snapshot of this account is restorable by everyone in ${region}.`, {
                    publicSnapshots: 0,
                    confirmed: listed.value.length,
                })),
            ];
        });
    },
};
const amiPublic = collectedResourceRule((ec2) => ec2.images, 'DescribeImages', (resources) => (0,kit/* fieldRule */.B4)({
    meta: {
        id: 'ec2.ami-public',
        title: 'AMI is public',
        service: 'ec2',
        category: 'security',
        severity: 'critical',
        resourceType: IMAGE_TYPE,
        remediation: {
            text: 'Remove the public launch permission (aws ec2 modify-image-attribute --launch-permission "Remove=[{Group=all}]"), share the AMI with named accounts if needed, and turn on block public access for AMIs.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
        },
        frameworks: {},
        failWhen: 'An AMI the account owns (`DescribeImages`, Owners `self`) has `Public` true: it has public launch permissions, so any AWS account can launch it and read its snapshots.',
    },
    resources,
    ref: resourceRef,
    field: (image) => image.public,
    missing: 'Public was not in the DescribeImages answer: whether the AMI is public is not known.',
    passes: (isPublic) => !isPublic,
    detail: (isPublic, image) => isPublic
        ? `The ${image.state} AMI is public: every AWS account can launch it.`
        : `The ${image.state} AMI is not public.`,
    evidence: (isPublic, image) => ({ public: isPublic ?? null, state: image.state }),
}));
const snapshotBlockPublicAccessOff = (0,kit/* regionRule */.l5)({
    meta: {
        id: 'ec2.snapshot-block-public-access-off',
        title: 'EBS snapshot block public access is not blocking all sharing',
        service: 'ec2',
        category: 'security',
        severity: 'high',
        resourceType: kit/* ACCOUNT_TYPE */.HR,
        remediation: {
            text: 'Turn on block public access for snapshots in this region in the block-all-sharing mode (aws ec2 enable-snapshot-block-public-access --state block-all-sharing): snapshots already public then stop being publicly available too.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots-enable.html',
        },
        frameworks: { fsbp: ['EC2.182'] },
        failWhen: "The region's snapshot block public access state (`GetSnapshotBlockPublicAccessState`) is not `block-all-sharing`: `unblocked`, or `block-new-sharing`, which leaves snapshots already public publicly available. One result per region, about the account.",
    },
    judge: (ec2, region) => {
        const state = ec2.snapshotBlockPublicAccess;
        if (!state)
            return (0,kit/* undetermined */.nZ)(notCollected('GetSnapshotBlockPublicAccessState', region));
        if (!state.ok)
            return (0,kit/* unknown */.L5)(state.error);
        if (state.value === null) {
            return (0,kit/* undetermined */.nZ)(`State was not in the GetSnapshotBlockPublicAccessState answer for ${region}: whether snapshots can be shared publicly is not known.`, { state: null });
        }
        if (state.value === BLOCK_ALL_SHARING) {
            return (0,kit/* pass */.IX)(`Snapshot block public access is ${BLOCK_ALL_SHARING} in ${region}.`, {
                state: state.value,
            });
        }
        const why = state.value === 'block-new-sharing'
            ? 'new public sharing is blocked, but snapshots already public stay publicly available'
            : 'snapshots can be shared publicly';
        return (0,kit/* fail */.fJ)(`Snapshot block public access is ${state.value} in ${region}, not ${BLOCK_ALL_SHARING}: ${why}.`, { state: state.value });
    },
});
const imdsDefaultsNotRequired = (0,kit/* regionRule */.l5)({
    meta: {
        id: 'ec2.imds-defaults-not-required',
        title: 'Account instance metadata defaults do not require IMDSv2',
        service: 'ec2',
        category: 'security',
        severity: 'medium',
        resourceType: kit/* ACCOUNT_TYPE */.HR,
        remediation: {
            text: 'Set the account-level instance metadata default to IMDSv2 only in this region (aws ec2 modify-instance-metadata-defaults --http-tokens required), after checking that your software uses IMDSv2.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
        },
        frameworks: {},
        failWhen: "The region's account-level instance metadata default (`GetInstanceMetadataDefaults` `AccountLevel.HttpTokens`) is not `required`: `optional`, or no default at all (the field absent), in which case a new instance requires IMDSv2 only if its launch request or AMI says so; unless the region enforces IMDSv2 at launch (`AccountLevel.HttpTokensEnforced` `enabled`), which no instance that serves IMDSv1 can pass. One result per region, about the account.",
    },
    judge: (ec2, region) => {
        const tokens = ec2.imdsDefaultHttpTokens;
        if (!tokens)
            return (0,kit/* undetermined */.nZ)(notCollected('GetInstanceMetadataDefaults', region));
        if (!tokens.ok)
            return (0,kit/* unknown */.L5)(tokens.error);
        if (ec2.imdsDefaultHttpTokensEnforced === true && tokens.value !== 'required') {
            return (0,kit/* pass */.IX)(`New instances in ${region} cannot start with IMDSv1: the account enforces IMDSv2 at launch (HttpTokensEnforced enabled), so a launch that does not require IMDSv2 fails.`, { httpTokens: tokens.value, httpTokensEnforced: 'enabled' });
        }
        if (tokens.value === 'required') {
            return (0,kit/* pass */.IX)(`New instances in ${region} require IMDSv2 by default (HttpTokens required).`, {
                httpTokens: tokens.value,
            });
        }
        return (0,kit/* fail */.fJ)(tokens.value === null
            ? `The account sets no instance metadata default in ${region}: new instances serve IMDSv1 unless their launch request or AMI requires IMDSv2.`
            : `The account's instance metadata default in ${region} is HttpTokens ${tokens.value}, not required: new instances serve IMDSv1 unless their launch request or AMI requires IMDSv2.`, { httpTokens: tokens.value });
    },
});
const ACTIVE = 'ACTIVE';
const vpcFlowLogsOff = collectedResourceRule((ec2) => ec2.vpcs, 'DescribeVpcs', (resources) => (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.vpc-flow-logs-off',
        title: 'VPC has no flow log',
        service: 'ec2',
        category: 'operations',
        severity: 'medium',
        resourceType: VPC_TYPE,
        remediation: {
            text: 'Create a flow log on the VPC (aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL or REJECT) to CloudWatch Logs or S3.',
            url: 'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-flow-logs.html',
        },
        frameworks: { fsbp: ['EC2.6'], cis: ['3.7'] },
        failWhen: 'No flow log of the region (`DescribeFlowLogs`) with `FlowLogStatus` `ACTIVE` has the VPC itself as its `ResourceId`: flow logs on single subnets or network interfaces do not cover the VPC. UNKNOWN when the flow log listing failed.',
    },
    resources,
    ref: resourceRef,
    judge: (vpc, ec2) => {
        const flowLogs = ec2.flowLogs;
        if (!flowLogs)
            return (0,kit/* undetermined */.nZ)(notCollected('DescribeFlowLogs', 'the region'));
        if (!flowLogs.ok)
            return (0,kit/* unknown */.L5)(flowLogs.error);
        const onVpc = flowLogs.value.filter((log) => log.resourceId === vpc.id);
        const active = onVpc.filter((log) => log.status === ACTIVE);
        const evidence = {
            isDefault: vpc.isDefault,
            flowLogs: onVpc.map((log) => ({ id: log.id, status: log.status ?? null })),
        };
        if (active.length > 0) {
            return (0,kit/* pass */.IX)(`The VPC has ${active.length} active flow log${active.length === 1 ? '' : 's'} (${active.map((l) => l.id).join(', ')}).`, evidence);
        }
        const inactive = onVpc.map((l) => `${l.id} is ${l.status ?? 'of unknown status'}`);
        return (0,kit/* fail */.fJ)(inactive.length > 0
            ? `The VPC has no active flow log (${inactive.join('; ')}); flow logs on its subnets or network interfaces, if any, do not cover the VPC.`
            : 'No flow log is on the VPC itself; flow logs on its subnets or network interfaces, if any, do not cover the VPC.', evidence);
    },
}));
/** The EC2 checks of CHECKS.md, in catalogue order. */
const ec2Rules = [
    imdsv2NotRequired,
    ebsVolumeUnencrypted,
    ebsDefaultEncryptionOff,
    publicIp,
    snapshotPublic,
    amiPublic,
    snapshotBlockPublicAccessOff,
    imdsDefaultsNotRequired,
    vpcFlowLogsOff,
    ...ec2CostRules,
];

// EXTERNAL MODULE: ./src/model/metrics.ts
var metrics = __nccwpck_require__(5500);
;// CONCATENATED MODULE: ./src/rules/metrics.ts
/**
 * Reductions of stored CloudWatch series, shared by every usage rule. CHECKS.md: a throughput from a
 * byte Sum is Sum / period seconds, an operation rate is SampleCount / period seconds, and for I/O
 * and connection metrics a missing datapoint means no activity.
 */
/** The sum of every datapoint; 0 without datapoints. */
function sumOf(series) {
    return series.values.reduce((total, value) => total + value, 0);
}
/** The lowest datapoint, or undefined without datapoints (a gauge with no reading is unknown). */
function minOf(series) {
    return series.values.length > 0
        ? series.values.reduce((low, value) => Math.min(low, value))
        : undefined;
}
/** The highest datapoint; 0 without datapoints. */
function maxOf(series) {
    return series.values.reduce((high, value) => Math.max(high, value), 0);
}
/**
 * The peak per-second rate of a per-period Sum or SampleCount series: the busiest bucket divided
 * by the bucket length. With hourly buckets this is the "peak hourly mean".
 */
function peakRatePerSecond(series, periodSeconds) {
    return maxOf(series) / periodSeconds;
}
/** The mean per-second rate over `seconds` of a per-period Sum or SampleCount series; 0 over none. */
function meanRatePerSecond(series, seconds) {
    return seconds > 0 ? sumOf(series) / seconds : 0;
}
/**
 * The seconds of `window` in which a resource created at `createdAt` existed: a mean over the
 * lookback covers only those (CHECKS.md), never days before the resource existed.
 */
function secondsExisted(window, createdAt) {
    const start = Date.parse(window.start);
    const created = Date.parse(createdAt);
    const from = Number.isNaN(created) ? start : Math.max(start, created);
    return Math.max(0, (Date.parse(window.end) - from) / 1000);
}

// EXTERNAL MODULE: ./src/rules/efs/common.ts
var common = __nccwpck_require__(3751);
;// CONCATENATED MODULE: ./src/rules/efs/prices.ts
/**
 * EFS list prices in USD, us-east-1, per GB-month unless said (CHECKS.md). Medium confidence: taken
 * from snapshots of the AWS pricing page (November 2023; the Infrequent Access price of bursting
 * and provisioned file systems seen again in June 2026) and, for One Zone, a third-party table.
 * Other regions differ by a few percent; savings elsewhere are us-east-1 estimates.
 */
const EFS_PRICES = {
    asOf: '2026-06',
    confidence: 'medium',
    source: 'https://aws.amazon.com/efs/pricing/ (snapshots of 2023-11 and 2026-06), us-east-1',
    standardGbMonth: 0.3,
    /** Infrequent Access on a file system with Elastic throughput. */
    infrequentAccessElasticGbMonth: 0.016,
    /** Infrequent Access on a file system with Bursting or Provisioned throughput. */
    infrequentAccessGbMonth: 0.025,
    archiveGbMonth: 0.008,
    oneZoneGbMonth: 0.16,
    oneZoneInfrequentAccessGbMonth: 0.0133,
    provisionedThroughputMibpsMonth: 6.0,
    /** Elastic throughput: per GB read and per GB written. */
    elasticReadGb: 0.03,
    elasticWriteGb: 0.06,
};
/**
 * Throughput that Standard storage includes in provisioned mode: 50 KiB/s per GiB of Standard
 * (or One Zone) storage, i.e. Standard GiB / 20.48 MiB/s. AWS bills provisioned throughput only
 * above it (re:Post "Is EFS Provisioned Throughput mode billed at daily granularity?", and the
 * EFS pricing page's provisioned throughput example).
 */
const INCLUDED_KIBPS_PER_GIB = 50;
function includedThroughputMibps(gb) {
    return (gb.standard * INCLUDED_KIBPS_PER_GIB) / 1024;
}
/** billed(x) = max(0, x - included): the part of `mibps` provisioned throughput AWS bills. */
function billedThroughputMibps(mibps, includedMibps) {
    return Math.max(0, mibps - includedMibps);
}
function storagePrices(fs) {
    if (fs.availabilityZoneName) {
        return {
            standard: EFS_PRICES.oneZoneGbMonth,
            infrequentAccess: EFS_PRICES.oneZoneInfrequentAccessGbMonth,
            archive: EFS_PRICES.archiveGbMonth,
        };
    }
    return {
        standard: EFS_PRICES.standardGbMonth,
        infrequentAccess: fs.throughputMode === 'elastic'
            ? EFS_PRICES.infrequentAccessElasticGbMonth
            : EFS_PRICES.infrequentAccessGbMonth,
        archive: EFS_PRICES.archiveGbMonth,
    };
}
/** The monthly bill of what the file system stores (`gb`), by class. */
function monthlyStorageUsd(fs, gb) {
    const prices = storagePrices(fs);
    return (gb.standard * prices.standard +
        gb.infrequentAccess * prices.infrequentAccess +
        gb.archive * prices.archive);
}
/** The monthly bill of provisioned throughput above what Standard storage includes; 0 in the other modes. */
function monthlyProvisionedThroughputUsd(fs, gb) {
    if (fs.throughputMode !== 'provisioned')
        return 0;
    const billed = billedThroughputMibps(fs.provisionedThroughputMibps ?? 0, includedThroughputMibps(gb));
    return billed * EFS_PRICES.provisionedThroughputMibpsMonth;
}
/** What Elastic throughput bills for `readGb` read and `writeGb` written. */
function elasticIoUsd(readGb, writeGb) {
    return readGb * EFS_PRICES.elasticReadGb + writeGb * EFS_PRICES.elasticWriteGb;
}

;// CONCATENATED MODULE: ./src/rules/efs/cost.ts






const MIB = 2 ** 20;
/** CHECKS.md: FAIL below 30% mean use; recommend the peak at 80% use, at least 1 MiB/s. */
const LOW_USE_RATIO = 0.3;
const TARGET_PEAK_USE = 0.8;
/** Absorbs float noise so that a peak of exactly 0.8 x N recommends N, not N + 1. */
const EPSILON = 1e-9;
/** A unit price as written in price lists: at least cents, more digits where they matter. */
function cost_formatPrice(usdPerUnit) {
    return Number.isInteger(usdPerUnit * 100) ? `$${usdPerUnit.toFixed(2)}` : `$${usdPerUnit}`;
}
function formatMibps(rate) {
    return rate >= 1 || rate === 0 ? rate.toFixed(1) : rate.toPrecision(2);
}
/** "12.3 GB", noting when the size came from CloudWatch rather than the EFS API. */
function describeSize(gb, stored) {
    const source = stored.source === 'StorageBytes' ? ' (CloudWatch StorageBytes)' : '';
    return `${gb.toFixed(1)} GB${source}`;
}
/** Why a FAIL carries no saving: the size it rests on could not be read. */
function savingUnknown(failure) {
    return `The saving could not be computed: the size is unknown (${(0,common/* sizeReadFailure */.Of)(failure)}).`;
}
/** AWS bills storage and transfer in binary gigabytes. */
const BYTES_PER_GB = 2 ** 30;
const DAY_SECONDS = 86_400;
/** "over 30 days", or "over the 10 days since it was created" for a younger file system. */
function spanText(existedSeconds, windowLength) {
    if (existedSeconds >= windowLength)
        return `over ${Math.round(windowLength / DAY_SECONDS)} days`;
    return `over the ${Math.max(1, Math.round(existedSeconds / DAY_SECONDS))} days since it was created`;
}
const throughputOverprovisioned = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.throughput-overprovisioned',
        title: 'EFS provisioned throughput far above use',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Switch to Elastic throughput (pay for what is used), or lower ProvisionedThroughputInMibps to the recommended figure (UpdateFileSystem; decreases are allowed once every 24 hours).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#throughput-modes',
        },
        frameworks: {},
        failWhen: "Throughput mode is `provisioned` and the mean metered throughput (`MeteredIOBytes` over the 30-day lookback, or over the days since creation for a younger file system) is below 30% of `ProvisionedThroughputInMibps`. AWS bills provisioned throughput only above what Standard storage includes (Standard GiB / 20.48 MiB/s): billed(x) = max(0, x - included). recommended = the peak hourly mean / 0.8 rounded up, at least 1 MiB/s. When recommended is below provisioned, the saving is (billed(provisioned) - billed(recommended)) at the Provisioned Throughput price. Otherwise it never advises a higher figure: it recommends Elastic throughput, saving billed(provisioned) x price minus the Elastic cost of the lookback's `DataReadIOBytes` ($0.03/GB) and `DataWriteIOBytes` ($0.06/GB), scaled to a month for a younger file system, and passes when Elastic is not cheaper; without those bytes (an inventory saved before they were collected) it fails with no saving figure.",
    },
    appliesTo: (fs) => fs.throughputMode === 'provisioned',
    judge: (fs, efs) => {
        const metered = fs.metrics.meteredIOBytes;
        if (!metered.ok)
            return (0,kit/* unknown */.L5)(metered.error);
        const provisioned = fs.provisionedThroughputMibps;
        // Without the figure there is nothing to compare use with: not a PASS.
        if (provisioned === undefined) {
            return (0,kit/* undetermined */.nZ)('DescribeFileSystems reported no ProvisionedThroughputInMibps.');
        }
        const window = efs.metricWindows.lookback;
        const lookbackSeconds = (0,metrics/* windowSeconds */.O)(window);
        const existed = secondsExisted(window, fs.createdAt);
        const span = spanText(existed, lookbackSeconds);
        const meanMibps = meanRatePerSecond(metered.value, existed) / MIB;
        const peakMibps = peakRatePerSecond(metered.value, window.periodSeconds) / MIB;
        const evidence = { provisionedMibps: provisioned, meanMibps, peakHourlyMeanMibps: peakMibps };
        const usePercent = provisioned > 0 ? (100 * meanMibps) / provisioned : 0;
        if (meanMibps >= LOW_USE_RATIO * provisioned) {
            return (0,kit/* pass */.IX)(`Mean metered throughput ${span} is ${formatMibps(meanMibps)} MiB/s, ${usePercent.toFixed(0)}% of the provisioned ${provisioned} MiB/s.`, evidence);
        }
        const lowUse = `Mean metered throughput ${span} is ${formatMibps(meanMibps)} MiB/s (${usePercent.toFixed(1)}% of provisioned)`;
        const price = EFS_PRICES.provisionedThroughputMibpsMonth;
        const needed = Math.max(1, Math.ceil(peakMibps / TARGET_PEAK_USE - EPSILON));
        const stored = (0,common/* readStoredGb */.vA)(fs);
        const includes = (gb, mibps) => `the ${formatMibps(mibps)} MiB/s its ${describeSize(gb.standard, gb)} of Standard storage includes`;
        if (needed < provisioned) {
            const lower = `${lowUse}; provisioned ${provisioned} MiB/s, peak hourly mean ${formatMibps(peakMibps)} MiB/s, recommend ${needed} MiB/s`;
            const lowerEvidence = { ...evidence, recommendedMibps: needed };
            if (!stored.ok) {
                return (0,kit/* fail */.fJ)(`${lower} or switch to Elastic throughput. ${savingUnknown(stored.error)}`, lowerEvidence);
            }
            const included = includedThroughputMibps(stored.value);
            const billedNow = billedThroughputMibps(provisioned, included);
            const billedThen = billedThroughputMibps(needed, included);
            const savings = (0,money/* roundUsd */.t)((billedNow - billedThen) * price);
            return (0,kit/* fail */.fJ)(`${lower}: saves ${(0,money/* formatUsd */.U)(savings)} a month at ${cost_formatPrice(price)} per MiB/s-month of throughput billed above ${includes(stored.value, included)} (${formatMibps(billedNow)} MiB/s billed now, ${formatMibps(billedThen)} at ${needed} MiB/s), or switch to Elastic throughput.`, { ...lowerEvidence, includedMibps: included, billedMibps: billedNow }, savings);
        }
        // A spiky load: its peak needs all that is provisioned, or more. Never advise raising the
        // figure; Elastic throughput bills the bytes moved instead.
        const spiky = `${lowUse}, but its peak hourly mean of ${formatMibps(peakMibps)} MiB/s needs ${needed} MiB/s at 80% use, ${needed > provisioned ? 'more than' : 'all of'} the provisioned ${provisioned} MiB/s`;
        const elasticEvidence = { ...evidence, peakNeedsMibps: needed, recommendation: 'elastic' };
        const reads = fs.metrics.dataReadIOBytes;
        const writes = fs.metrics.dataWriteIOBytes;
        if (!reads || !writes) {
            return (0,kit/* fail */.fJ)(`${spiky}: switch to Elastic throughput; its cost cannot be compared, as this inventory was saved before DataReadIOBytes and DataWriteIOBytes were collected.`, elasticEvidence);
        }
        if (!reads.ok)
            return (0,kit/* unknown */.L5)(reads.error, elasticEvidence);
        if (!writes.ok)
            return (0,kit/* unknown */.L5)(writes.error, elasticEvidence);
        // The lookback's bytes, as a month: a younger file system's days stand for the whole window.
        const toMonth = existed > 0 ? lookbackSeconds / existed : 1;
        const readGb = sumOf(reads.value) / BYTES_PER_GB;
        const writeGb = sumOf(writes.value) / BYTES_PER_GB;
        const elasticUsd = (0,money/* roundUsd */.t)(elasticIoUsd(readGb, writeGb) * toMonth);
        const elastic = `would bill ${(0,money/* formatUsd */.U)(elasticUsd)} a month for its I/O (${readGb.toFixed(1)} GB read at ${cost_formatPrice(EFS_PRICES.elasticReadGb)} and ${writeGb.toFixed(1)} GB written at ${cost_formatPrice(EFS_PRICES.elasticWriteGb)} ${span})`;
        const costed = { ...elasticEvidence, readGb, writeGb, elasticMonthlyUsd: elasticUsd };
        if (!stored.ok) {
            // The included throughput is unknown, so the bill is too: at most all of it is billed.
            const ceiling = (0,money/* roundUsd */.t)(provisioned * price);
            if (elasticUsd >= ceiling) {
                return (0,kit/* pass */.IX)(`${spiky}, and Elastic throughput ${elastic}, no less than the ${(0,money/* formatUsd */.U)(ceiling)} all of the provisioned throughput could bill: provisioned is the cheaper mode.`, costed);
            }
            return (0,kit/* unknown */.L5)(stored.error, costed);
        }
        const included = includedThroughputMibps(stored.value);
        const billedUsd = (0,money/* roundUsd */.t)(billedThroughputMibps(provisioned, included) * price);
        const savings = (0,money/* roundUsd */.t)(billedUsd - elasticUsd);
        const billed = `the ${(0,money/* formatUsd */.U)(billedUsd)} a month of provisioned throughput billed above ${includes(stored.value, included)}`;
        const priced = { ...costed, includedMibps: included, provisionedBilledMonthlyUsd: billedUsd };
        if (savings > 0) {
            return (0,kit/* fail */.fJ)(`${spiky}: switch to Elastic throughput, which ${elastic}, against ${billed}: saves ${(0,money/* formatUsd */.U)(savings)} a month.`, priced, savings);
        }
        return (0,kit/* pass */.IX)(`${spiky}, and Elastic throughput ${elastic}, no less than ${billed}: provisioned is the cheaper mode.`, priced);
    },
});
const noIaLifecycle = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.no-ia-lifecycle',
        title: 'EFS file system without an Infrequent Access lifecycle policy',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Add a lifecycle policy with TransitionToIA (e.g. AFTER_30_DAYS) and TransitionToPrimaryStorageClass AFTER_1_ACCESS, so files not read for a month move to the cheaper class.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/lifecycle-management-efs.html',
        },
        frameworks: {},
        failWhen: 'The lifecycle configuration has no `TransitionToIA` rule. The saving assumes half of the Standard-class bytes move to Infrequent Access: 0.5 x Standard GB x (Standard price - IA price).',
    },
    judge: (fs) => {
        if (!fs.lifecycle.ok)
            return (0,kit/* unknown */.L5)(fs.lifecycle.error);
        const { transitionToIA } = fs.lifecycle.value;
        if (transitionToIA) {
            return (0,kit/* pass */.IX)(`Files move to Infrequent Access ${transitionToIA}.`, { transitionToIA });
        }
        const prices = storagePrices(fs);
        const read = (0,common/* readStoredGb */.vA)(fs);
        if (!read.ok) {
            return (0,kit/* fail */.fJ)(`No lifecycle policy moves files to Infrequent Access. ${savingUnknown(read.error)}`, { standardGb: null, prices });
        }
        const stored = read.value;
        const movedGb = stored.standard / 2;
        const savings = (0,money/* roundUsd */.t)(movedGb * (prices.standard - prices.infrequentAccess));
        return (0,kit/* fail */.fJ)(`No lifecycle policy moves files to Infrequent Access. If half of the ${describeSize(stored.standard, stored)} in Standard moved from ${cost_formatPrice(prices.standard)} to ${cost_formatPrice(prices.infrequentAccess)} per GB-month: saves ${(0,money/* formatUsd */.U)(savings)} a month.`, { standardGb: stored.standard, sizeSource: stored.source, prices }, savings);
    },
});
const unused = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.unused',
        title: 'EFS file system unused for 60 days',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Confirm nothing mounts it, take a final backup (AWS Backup on-demand), then delete its mount targets and the file system.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/delete-efs-fs.html',
        },
        frameworks: {},
        failWhen: '`ClientConnections` sums to 0, or has no datapoints, over the last 60 days, or since creation for a younger file system (the detail says which). The saving is the whole monthly bill: its storage by class plus, in provisioned mode, its provisioned throughput billed above what its Standard storage includes (Standard GiB / 20.48 MiB/s).',
        savingIsWholeBill: true,
    },
    judge: (fs, efs, context) => {
        const connections = fs.metrics.clientConnections;
        if (!connections.ok)
            return (0,kit/* unknown */.L5)(connections.error);
        const window = efs.metricWindows.connections;
        const since = Date.parse(fs.createdAt) > Date.parse(window.start)
            ? `since it was created ${(0,kit/* ageInDays */.QR)(fs.createdAt, context.now)} days ago`
            : `in the last ${Math.round((0,metrics/* windowSeconds */.O)(window) / DAY_SECONDS)} days`;
        const total = sumOf(connections.value);
        if (total > 0) {
            // The last day with a connection: days with a zero Sum may follow it.
            const { timestamps, values } = connections.value;
            const last = timestamps[values.findLastIndex((value) => value > 0)] ?? 0;
            const lastDay = new Date(last * 1000).toISOString().slice(0, 10);
            return (0,kit/* pass */.IX)(`Clients connected ${since} (last on ${lastDay}).`, {
                clientConnectionsSum: total,
            });
        }
        const read = (0,common/* readStoredGb */.vA)(fs);
        if (!read.ok) {
            return (0,kit/* fail */.fJ)(`No client connection ${since}. ${savingUnknown(read.error)}`, {
                clientConnectionsSum: 0,
                storedGb: null,
            });
        }
        const stored = read.value;
        const storageUsd = monthlyStorageUsd(fs, stored);
        const throughputUsd = monthlyProvisionedThroughputUsd(fs, stored);
        const savings = (0,money/* roundUsd */.t)(storageUsd + throughputUsd);
        const included = includedThroughputMibps(stored);
        const billed = billedThroughputMibps(fs.provisionedThroughputMibps ?? 0, included);
        const throughput = throughputUsd > 0
            ? ` plus ${formatMibps(billed)} MiB/s of provisioned throughput billed above the ${formatMibps(included)} MiB/s its Standard storage includes (${(0,money/* formatUsd */.U)(throughputUsd)})`
            : '';
        return (0,kit/* fail */.fJ)(`No client connection ${since}. Deleting it saves ${(0,money/* formatUsd */.U)(savings)} a month: ${describeSize(stored.total, stored)} stored (${(0,money/* formatUsd */.U)(storageUsd)})${throughput}.`, { clientConnectionsSum: 0, storedGb: stored.total, sizeSource: stored.source }, savings);
    },
});

;// CONCATENATED MODULE: ./src/rules/efs/operations.ts


const alarmsMissing = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.alarms-missing',
        title: 'EFS file system without CloudWatch alarms',
        category: 'operations',
        severity: 'medium',
        remediation: {
            text: 'Create CloudWatch alarms in namespace AWS/EFS with dimension FileSystemId on ClientConnections, on PercentIOLimit (General Purpose) and on BurstCreditBalance (Bursting throughput).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/monitoring-cloudwatch.html',
        },
        frameworks: {},
        failWhen: 'No CloudWatch metric alarm in namespace `AWS/EFS` with this `FileSystemId` watches one of: `ClientConnections`; `PercentIOLimit` (General Purpose mode only); `BurstCreditBalance` (bursting throughput only).',
    },
    judge: (fs, efs) => {
        if (!efs.alarms.ok)
            return (0,kit/* unknown */.L5)(efs.alarms.error);
        const wanted = [
            ...(fs.throughputMode === 'bursting' ? ['BurstCreditBalance'] : []),
            ...(fs.performanceMode === 'generalPurpose' ? ['PercentIOLimit'] : []),
            'ClientConnections',
        ];
        const watched = new Set(efs.alarms.value.filter((a) => a.fileSystemId === fs.id).map((a) => a.metricName));
        const missing = wanted.filter((metric) => !watched.has(metric));
        return missing.length > 0
            ? (0,kit/* fail */.fJ)(`No CloudWatch alarm on ${(0,common/* listWords */.yh)(missing)}.`, { missing, watched: [...watched] })
            : (0,kit/* pass */.IX)(`Alarms watch ${(0,common/* listWords */.yh)(wanted)}.`, { watched: [...watched] });
    },
});

;// CONCATENATED MODULE: ./src/rules/efs/performance.ts



const GIB = 2 ** 30;
const TIB = 2 ** 40;
/**
 * Maximum burst credit balance: 2.1 TiB, or 2.1 TiB per TiB of Standard storage above 1 TiB. Only
 * Standard-class bytes earn credits: Infrequent Access and Archive do not (EFS user guide, Bursting
 * throughput; re:Post "How do Amazon EFS burst credits work?").
 */
const MAX_CREDITS_PER_TIB = 2.1 * TIB;
const LOW_CREDIT_RATIO = 0.1;
/** Absorbs float noise at the threshold: 0.21 TiB of 2.1 TiB is 10%, not below it. */
const performance_EPSILON = 1e-9;
/** Metadata operations per second (peak hourly mean) that mark a metadata-heavy workload. */
const METADATA_OPS_LIMIT = 1000;
function formatOps(rate) {
    return rate >= 10 ? rate.toFixed(0) : rate.toFixed(2);
}
const burstCreditsLow = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.burst-credits-low',
        title: 'EFS burst credits running low',
        category: 'performance',
        severity: 'high',
        remediation: {
            text: 'Switch to Elastic throughput, or to Provisioned throughput sized to the workload, before the credits run out and throughput falls to the baseline (50 KiB/s per GiB stored).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#bursting',
        },
        frameworks: {},
        failWhen: 'Throughput mode is `bursting` and the lowest `BurstCreditBalance` of the 30-day lookback is below 10% of the maximum balance: 2.1 TiB per TiB of Standard storage (Infrequent Access and Archive earn no credits), and at least 2.1 TiB. No datapoints at all make it UNKNOWN, not FAIL.',
    },
    appliesTo: (fs) => fs.throughputMode === 'bursting',
    judge: (fs) => {
        const balance = fs.metrics.burstCreditBalance;
        if (balance && !balance.ok)
            return (0,kit/* unknown */.L5)(balance.error);
        const lowest = balance?.ok ? minOf(balance.value) : undefined;
        if (lowest === undefined) {
            return {
                status: 'UNKNOWN',
                detail: 'No BurstCreditBalance datapoints in the last 30 days: the credit balance is unknown.',
            };
        }
        const stored = (0,common/* readStoredGb */.vA)(fs);
        // The maximum only grows with the Standard size: a balance low against the smallest maximum is
        // low whatever the size, while any other verdict needs the size.
        const storedTib = stored.ok ? stored.value.standard / 1024 : 0;
        const maxBalance = MAX_CREDITS_PER_TIB * Math.max(1, storedTib);
        const ratio = lowest / maxBalance;
        const low = ratio < LOW_CREDIT_RATIO - performance_EPSILON;
        if (!stored.ok && !low)
            return (0,kit/* unknown */.L5)(stored.error);
        const lowestText = `The lowest burst credit balance in the last 30 days was ${(lowest / GIB).toFixed(1)} GiB`;
        const drops = 'throughput drops to the baseline when it runs out';
        if (!stored.ok) {
            return (0,kit/* fail */.fJ)(`${lowestText}, below 10% of the maximum at any size (${(100 * ratio).toFixed(1)}% of the smallest, 2.10 TiB): ${drops}. The maximum grows with the Standard storage, whose size is unknown (${(0,common/* sizeReadFailure */.Of)(stored.error)}).`, { minimumBytes: lowest, maximumBytes: null });
        }
        const summary = `${lowestText}, ${(100 * ratio).toFixed(1)}% of the ${(maxBalance / TIB).toFixed(2)} TiB maximum`;
        const evidence = { minimumBytes: lowest, maximumBytes: maxBalance };
        return low ? (0,kit/* fail */.fJ)(`${summary}: ${drops}.`, evidence) : (0,kit/* pass */.IX)(`${summary}.`, evidence);
    },
});
const maxioUnneeded = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.maxio-unneeded',
        title: 'EFS Max I/O mode without the load that needs it',
        category: 'performance',
        severity: 'low',
        remediation: {
            text: 'Create a General Purpose file system (performance mode cannot be changed), copy the data over and switch clients: it serves the same load with lower per-operation latency.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#performancemodes',
        },
        frameworks: {},
        failWhen: 'Performance mode is `maxIO` and the peak hourly mean of metadata operations (`MetadataIOBytes` SampleCount) over the 30-day lookback is below 1,000 per second.',
    },
    appliesTo: (fs) => fs.performanceMode === 'maxIO',
    judge: (fs, efs) => {
        const operations = fs.metrics.metadataOperations;
        if (!operations.ok)
            return (0,kit/* unknown */.L5)(operations.error);
        const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
        const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
        return peak < METADATA_OPS_LIMIT
            ? (0,kit/* fail */.fJ)(`Max I/O mode with a peak hourly mean of ${formatOps(peak)} metadata operations per second, below 1,000: General Purpose would serve it with lower latency.`, evidence)
            : (0,kit/* pass */.IX)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second justifies Max I/O.`, evidence);
    },
});
const metadataHot = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.metadata-hot',
        title: 'EFS metadata operations above 1,000 per second',
        category: 'performance',
        severity: 'medium',
        remediation: {
            text: 'Spread the workload over more directories or more file systems, and cache metadata on clients (e.g. avoid repeated stat and listing of large directories).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance-tips.html',
        },
        frameworks: {},
        failWhen: 'The peak hourly mean of metadata operations (`MetadataIOBytes` SampleCount) over the 30-day lookback is above 1,000 per second.',
    },
    judge: (fs, efs) => {
        const operations = fs.metrics.metadataOperations;
        if (!operations.ok)
            return (0,kit/* unknown */.L5)(operations.error);
        const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
        const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
        return peak > METADATA_OPS_LIMIT
            ? (0,kit/* fail */.fJ)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second, above 1,000.`, evidence)
            : (0,kit/* pass */.IX)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second, within 1,000.`, evidence);
    },
});

;// CONCATENATED MODULE: ./src/rules/tags.ts
/** A tag's value by key, keys compared case-insensitively (teams write `env` and `Env`). */
function tagValue(tags, key) {
    const wanted = key.toLowerCase();
    for (const [k, v] of Object.entries(tags))
        if (k.toLowerCase() === wanted)
            return v;
    return undefined;
}
/**
 * Whether any tag whose key is one of `keys`, compared case-insensitively, has one of `values`
 * (trimmed, case-insensitive). Every such tag counts: `env=dev` beside `Env=prod` is production.
 */
function anyTagIs(tags, keys, values) {
    const wanted = new Set(keys.map((key) => key.toLowerCase()));
    return Object.entries(tags).some(([k, v]) => wanted.has(k.toLowerCase()) && values.has(v.trim().toLowerCase()));
}
const PRODUCTION_TAG_KEYS = ['Environment', 'Env', 'Stage'];
const PRODUCTION_VALUES = new Set(['prod', 'production']);
/** CHECKS.md: an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`. */
function isProduction(tags) {
    return anyTagIs(tags, PRODUCTION_TAG_KEYS, PRODUCTION_VALUES);
}
/** CHECKS.md: a `DataCritical` tag equal to `true`. */
function isCriticalData(tags) {
    return anyTagIs(tags, ['DataCritical'], new Set(['true']));
}

;// CONCATENATED MODULE: ./src/rules/efs/resilience.ts



/**
 * Destination statuses that keep no working replica (EFS API `Destination.Status`): ERROR is
 * unrecoverable, PAUSED and PAUSING stop replication, DELETING ends it.
 */
const BROKEN_REPLICATION_STATUSES = new Set([
    'ERROR',
    'PAUSED',
    'PAUSING',
    'DELETING',
]);
const criticalNotReplicated = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.critical-not-replicated',
        title: 'EFS file system with critical data not replicated',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Create a replication configuration to a file system in another Region (or Availability Zone), so a regional outage or a deletion does not take the only copy; a replication in ERROR must be deleted and created again, a PAUSED one resumes once both Regions are enabled.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/efs-replication.html',
        },
        frameworks: {},
        failWhen: 'The file system is tagged `DataCritical` = `true` and has no working replication: it is the source of no replication configuration, or every destination of its replications has status `ERROR`, `PAUSED`, `PAUSING` or `DELETING` (the detail names the status). A file system that is itself a replication destination passes.',
    },
    appliesTo: (fs) => isCriticalData(fs.tags),
    judge: (fs, efs) => {
        if (!efs.replications.ok)
            return (0,kit/* unknown */.L5)(efs.replications.error);
        const destinations = efs.replications.value
            .filter((r) => r.sourceFileSystemId === fs.id)
            .flatMap((r) => r.destinations);
        const where = (d) => `${d.fileSystemId} in ${d.region}`;
        const working = destinations.filter((d) => !BROKEN_REPLICATION_STATUSES.has(d.status));
        if (working.length > 0) {
            return (0,kit/* pass */.IX)(`Replicated to ${(0,common/* listWords */.yh)(working.map(where))}.`, { destinations });
        }
        const asDestination = efs.replications.value.find((r) => r.destinations.some((d) => d.fileSystemId === fs.id));
        if (asDestination) {
            return (0,kit/* pass */.IX)(`It is the replica of ${asDestination.sourceFileSystemId}.`, {
                sourceFileSystemId: asDestination.sourceFileSystemId,
            });
        }
        if (destinations.length > 0) {
            const broken = destinations.map((d) => `${where(d)} is ${d.status}`);
            return (0,kit/* fail */.fJ)(`Tagged DataCritical=true and no replication works: its replication to ${(0,common/* listWords */.yh)(broken)}.`, { destinations });
        }
        return (0,kit/* fail */.fJ)('Tagged DataCritical=true and has no replication configuration.', {
            replication: null,
        });
    },
});
/** CHECKS.md: a recovery point from the last 8 days counts as a working backup. */
const RECENT_BACKUP_DAYS = 8;
const DAY_MS = 86_400_000;
const noBackup = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.no-backup',
        title: 'EFS file system not backed up',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Turn on automatic backups (PutBackupPolicy Status ENABLED), or add the file system to an AWS Backup plan that backs it up at least weekly, and check that its backup jobs succeed.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
        },
        frameworks: { fsbp: ['EFS.2', 'EFS.7'] },
        failWhen: 'The backup policy status is not `ENABLED` (or there is no backup policy), and AWS Backup has no recovery point of the file system from the last 8 days: `ListProtectedResources` lists every resource whose recovery points are still retained, so its `LastBackupTime` decides, not the listing. The detail gives the date of the last backup when there is one. When one of these reads failed and the other does not show a backup, the result is UNKNOWN instead; so is a listed file system whose `LastBackupTime` was not collected.',
    },
    judge: (fs, efs, context) => {
        const policy = fs.backupPolicyStatus;
        const listing = efs.protectedFileSystemArns;
        const listed = listing.ok && listing.value.includes(fs.arn);
        const lastBackupTime = listed ? efs.lastBackupTimes?.[fs.arn] : undefined;
        const lastBackup = lastBackupTime?.slice(0, 10);
        // A time that does not parse is no answer: UNKNOWN below, never a FAIL of NaN days.
        const backedUpAt = lastBackupTime === undefined ? NaN : Date.parse(lastBackupTime);
        const ageDays = Number.isNaN(backedUpAt)
            ? undefined
            : (context.now.getTime() - backedUpAt) / DAY_MS;
        const evidence = {
            backupPolicy: policy.ok ? policy.value : null,
            protectedResource: listing.ok ? listed : null,
            lastBackupTime: lastBackupTime ?? null,
        };
        if (policy.ok && policy.value === 'ENABLED') {
            const last = lastBackup ? `; the last AWS Backup recovery point is from ${lastBackup}` : '';
            return (0,kit/* pass */.IX)(`Automatic backups are enabled${last}.`, evidence);
        }
        if (ageDays !== undefined && ageDays <= RECENT_BACKUP_DAYS) {
            return (0,kit/* pass */.IX)(`The last AWS Backup recovery point of it is from ${lastBackup}, within the last ${RECENT_BACKUP_DAYS} days.`, evidence);
        }
        if (!policy.ok)
            return (0,kit/* unknown */.L5)(policy.error);
        if (!listing.ok)
            return (0,kit/* unknown */.L5)(listing.error);
        const automatic = `Automatic backups are ${policy.value === null ? 'not set up' : policy.value}`;
        if (listed && ageDays === undefined) {
            return (0,kit/* undetermined */.nZ)(efs.lastBackupTimes === undefined
                ? `${automatic} and AWS Backup lists it, but this inventory was saved before LastBackupTime was collected: whether it has a recovery point from the last ${RECENT_BACKUP_DAYS} days is unknown.`
                : `${automatic} and AWS Backup lists it without a readable LastBackupTime: whether it has a recovery point from the last ${RECENT_BACKUP_DAYS} days is unknown.`, evidence);
        }
        if (ageDays !== undefined) {
            return (0,kit/* fail */.fJ)(`${automatic} and the last AWS Backup recovery point is from ${lastBackup}, ${Math.floor(ageDays)} days before the scan: none in the last ${RECENT_BACKUP_DAYS} days.`, evidence);
        }
        return (0,kit/* fail */.fJ)(`${automatic} and AWS Backup holds no recovery point of it.`, evidence);
    },
});
const oneZoneProduction = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.one-zone-production',
        title: 'Production EFS file system on One Zone storage',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Move production data to a Regional file system (stored across Availability Zones): create one, copy the data (AWS DataSync or a backup restore), and switch clients over.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/storage-classes.html',
        },
        frameworks: {},
        failWhen: 'The file system is production (an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`) and uses One Zone storage (`AvailabilityZoneName` is set).',
    },
    appliesTo: (fs) => isProduction(fs.tags),
    judge: (fs) => fs.availabilityZoneName
        ? (0,kit/* fail */.fJ)(`Production data on One Zone storage in ${fs.availabilityZoneName}: an outage of that Availability Zone takes it offline, and its loss loses the data.`, { availabilityZoneName: fs.availabilityZoneName })
        : (0,kit/* pass */.IX)('Regional storage, across Availability Zones.'),
});

;// CONCATENATED MODULE: ./src/rules/network.ts
/** IANA numbers EC2 accepts in place of the protocol names. */
const PROTOCOL_NUMBERS = { tcp: '6', udp: '17' };
/** Whether the permission carries traffic of `protocol` (by name, by number or as `-1`). */
function coversProtocol(permission, protocol) {
    const value = (permission.IpProtocol ?? '').toLowerCase();
    return value === '-1' || value === protocol || value === PROTOCOL_NUMBERS[protocol];
}
/** The port bounds of a tcp or udp permission; absent bounds (or -1) mean the whole range. */
function portRange(permission) {
    const from = permission.FromPort ?? -1;
    const to = permission.ToPort ?? -1;
    return from === -1 && to === -1 ? { from: 0, to: 65535 } : { from, to };
}
/**
 * Whether the permission opens `port` of `protocol`: protocol `-1` opens every port; otherwise the
 * port must lie in FromPort..ToPort.
 */
function ingressReaches(permission, protocol, port) {
    if (!coversProtocol(permission, protocol))
        return false;
    if (permission.IpProtocol === '-1')
        return true;
    const { from, to } = portRange(permission);
    return from <= port && port <= to;
}
/**
 * "All ports" as CHECKS.md defines it: protocol `-1`, or a tcp or udp permission over a range from
 * 0 or 1 to 65535 (port 0 is reserved, so 1-65535 opens every usable port as well).
 */
function opensEveryPort(permission) {
    if (permission.IpProtocol === '-1')
        return true;
    if (!coversProtocol(permission, 'tcp') && !coversProtocol(permission, 'udp'))
        return false;
    const { from, to } = portRange(permission);
    return from <= 1 && to >= 65535;
}
/** Describes the ports a permission opens, for detail sentences: `tcp 2049`, `all traffic`. */
function describePermission(permission) {
    if (permission.IpProtocol === '-1')
        return 'all traffic';
    const protocol = permission.IpProtocol ?? 'unknown protocol';
    const from = permission.FromPort ?? -1;
    const to = permission.ToPort ?? -1;
    if (from === -1 && to === -1)
        return `${protocol} all ports`;
    return from === to ? `${protocol} ${from}` : `${protocol} ${from}-${to}`;
}
const ADDRESS_BITS = { ipv4: 32, ipv6: 128 };
/** A dotted-quad IPv4 address as a number, or undefined when it is not one. */
function parseIpv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let value = 0n;
    for (const part of parts) {
        if (!/^\d{1,3}$/.test(part) || Number(part) > 255)
            return undefined;
        value = (value << 8n) | BigInt(part);
    }
    return value;
}
/** The 16-bit groups of one side of `::`; the last group of the address may be dotted IPv4. */
function ipv6Groups(text, endsAddress) {
    if (text === '')
        return [];
    const parts = text.split(':');
    const groups = [];
    for (const [index, part] of parts.entries()) {
        if (endsAddress && index === parts.length - 1 && part.includes('.')) {
            const ipv4 = parseIpv4(part);
            if (ipv4 === undefined)
                return undefined;
            groups.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
        }
        else if (/^[0-9a-f]{1,4}$/i.test(part)) {
            groups.push(Number.parseInt(part, 16));
        }
        else {
            return undefined;
        }
    }
    return groups;
}
/** An IPv6 address (with `::` and an IPv4 tail allowed) as a number, or undefined. */
function parseIpv6(text) {
    const sides = text.split('::');
    if (sides.length > 2)
        return undefined;
    const compressed = sides.length === 2;
    const head = ipv6Groups(sides[0] ?? '', !compressed);
    const tail = compressed ? ipv6Groups(sides[1] ?? '', true) : [];
    if (!head || !tail)
        return undefined;
    // `::` stands for at least one group of zeros.
    const zeros = 8 - head.length - tail.length;
    if (compressed ? zeros < 1 : zeros !== 0)
        return undefined;
    const groups = [...head, ...Array(zeros).fill(0), ...tail];
    return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}
/**
 * A CIDR block (`10.0.0.0/8`, `2001:db8::/32`), or undefined when the text is not one. Host bits
 * are cleared: `10.0.0.1/8` names the block 10.0.0.0/8.
 */
function parseCidr(text) {
    const slash = text.indexOf('/');
    if (slash < 0)
        return undefined;
    const address = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText))
        return undefined;
    const family = address.includes(':') ? 'ipv6' : 'ipv4';
    const value = family === 'ipv6' ? parseIpv6(address) : parseIpv4(address);
    const bits = ADDRESS_BITS[family];
    const prefix = Number(prefixText);
    if (value === undefined || prefix > bits)
        return undefined;
    const hostBits = BigInt(bits - prefix);
    const first = (value >> hostBits) << hostBits;
    return { family, first, last: first + (1n << hostBits) - 1n };
}
/**
 * Whether the blocks of `family` among `cidrs` together hold every address of that family
 * (`0.0.0.0/1` + `128.0.0.0/1` does, as `0.0.0.0/0` does). What is not a CIDR block is ignored.
 */
function coversAddressSpace(cidrs, family) {
    const blocks = cidrs
        .map(parseCidr)
        .filter((block) => block?.family === family)
        .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    // The first address no block seen so far holds.
    let next = 0n;
    for (const block of blocks) {
        if (block.first > next)
            return false;
        if (block.last >= next)
            next = block.last + 1n;
    }
    return next === 1n << BigInt(ADDRESS_BITS[family]);
}
/**
 * Whether the permissions together admit the whole internet: a source that covers the IPv4 or
 * IPv6 space by itself (`0.0.0.0/0`, `::/0`, a prefix list holding it), or the sources of one
 * family that cover it together (`0.0.0.0/1` + `128.0.0.0/1`). A prefix list counts with its
 * entries from `prefixLists`; when some are missing and what is known does not open, the answer
 * is unresolved.
 */
function internetReach(permissions, prefixLists) {
    const sources = [];
    const unresolved = new Set();
    let failure;
    for (const permission of permissions) {
        const cidrs = [
            ...(permission.IpRanges ?? []).map((r) => r.CidrIp),
            ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
        ];
        for (const cidr of cidrs)
            if (cidr)
                sources.push({ permission, label: cidr, cidrs: [cidr] });
        for (const { PrefixListId: id } of permission.PrefixListIds ?? []) {
            if (!id)
                continue;
            const read = prefixLists?.[id];
            if (read?.ok) {
                sources.push({ permission, label: `prefix list ${id}`, cidrs: read.value });
            }
            else {
                unresolved.add(id);
                if (read)
                    failure ??= read.error;
            }
        }
    }
    const opening = new Set();
    for (const family of ['ipv4', 'ipv6']) {
        // Name the sources that open by themselves; only when none does, the ones that do together.
        const alone = sources.filter((s) => coversAddressSpace(s.cidrs, family));
        const together = sources.filter((s) => s.cidrs.some((c) => parseCidr(c)?.family === family));
        if (alone.length > 0)
            alone.forEach((s) => opening.add(s));
        else if (coversAddressSpace(together.flatMap((s) => s.cidrs), family))
            together.forEach((s) => opening.add(s));
    }
    if (opening.size > 0) {
        const rules = permissions.flatMap((permission) => {
            const labels = [...opening].filter((s) => s.permission === permission).map((s) => s.label);
            return labels.length > 0 ? [{ permission, sources: [...new Set(labels)] }] : [];
        });
        const labels = [...new Set([...opening].map((s) => s.label))].sort();
        return { status: 'open', rules, sources: labels };
    }
    if (unresolved.size > 0) {
        return {
            status: 'unresolved',
            prefixLists: [...unresolved].sort(),
            ...(failure ? { failure } : {}),
        };
    }
    return { status: 'closed' };
}
/** The rules that let the internet in, for detail sentences: `tcp 22 from 0.0.0.0/1; ...`. */
function describeExposingRules(rules) {
    return rules
        .map((rule) => `${describePermission(rule.permission)} from ${rule.sources.join(', ')}`)
        .join('; ');
}
/**
 * Why prefix lists leave a verdict open when their entries were never collected (an inventory
 * saved before they were read): one sentence naming the lists and what stays undecided.
 */
function uncollectedPrefixLists(prefixLists, what) {
    const lists = prefixLists.join(', ');
    return `The entries of prefix list${prefixLists.length === 1 ? '' : 's'} ${lists} were not collected (an inventory saved before they were read): whether they open ${what} to the internet is unknown.`;
}

// EXTERNAL MODULE: ./src/model/glob.ts
var glob = __nccwpck_require__(2307);
;// CONCATENATED MODULE: ./src/rules/policy.ts
/**
 * The one place that knows how an AWS policy document reads: IAM identity policies, S3 bucket
 * policies and EFS file system policies all go through here.
 */

class PolicyParseError extends Error {
    name = 'PolicyParseError';
}
function toList(value) {
    if (value === undefined || value === null)
        return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => String(v));
}
function toPrincipal(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return { '*': [value] };
    if (typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const out = {};
    for (const [type, ids] of Object.entries(value))
        out[type] = toList(ids) ?? [];
    return out;
}
function toConditions(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [];
    const out = [];
    for (const [operator, block] of Object.entries(value)) {
        if (typeof block !== 'object' || block === null)
            continue;
        for (const [key, values] of Object.entries(block)) {
            out.push({ operator, key, values: toList(values) ?? [] });
        }
    }
    return out;
}
/** Decodes a policy that IAM returned URL-encoded; plain JSON passes through unchanged. */
function decodePolicyText(text) {
    const trimmed = text.trim();
    return trimmed.startsWith('%') ? decodeURIComponent(trimmed) : trimmed;
}
/** Parses a policy document (plain or URL-encoded) into normalised statements. */
function parsePolicy(text) {
    let doc;
    try {
        doc = JSON.parse(decodePolicyText(text));
    }
    catch (error) {
        throw new PolicyParseError(`policy is not valid JSON: ${error.message}`);
    }
    return normalizeStatements(doc);
}
/** Normalises a parsed document: `Statement` as object or list, every field as a list. */
function normalizeStatements(doc) {
    if (typeof doc !== 'object' || doc === null)
        throw new PolicyParseError('policy is not an object');
    const raw = doc.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return list
        .filter((s) => typeof s === 'object' && s !== null)
        .map((s) => {
        const statement = {
            effect: String(s.Effect).toLowerCase() === 'deny' ? 'Deny' : 'Allow',
            conditions: toConditions(s.Condition),
        };
        if (typeof s.Sid === 'string')
            statement.sid = s.Sid;
        const principal = toPrincipal(s.Principal);
        if (principal)
            statement.principal = principal;
        const notPrincipal = toPrincipal(s.NotPrincipal);
        if (notPrincipal)
            statement.notPrincipal = notPrincipal;
        const action = toList(s.Action);
        if (action)
            statement.action = action;
        const notAction = toList(s.NotAction);
        if (notAction)
            statement.notAction = notAction;
        const resource = toList(s.Resource);
        if (resource)
            statement.resource = resource;
        const notResource = toList(s.NotResource);
        if (notResource)
            statement.notResource = notResource;
        return statement;
    });
}
/** AWS wildcard matching: `*` any run, `?` one character, case-insensitive (actions are). */
function wildcardMatch(pattern, value) {
    return (0,glob/* globMatch */.e)(pattern, value, true);
}
/** Whether the statement applies to `action`, through `Action` or by not excluding it in `NotAction`. */
function coversAction(statement, action) {
    if (statement.action)
        return statement.action.some((p) => wildcardMatch(p, action));
    if (statement.notAction)
        return !statement.notAction.some((p) => wildcardMatch(p, action));
    return false;
}
/** Whether the statement applies to `resource` (an ARN, or `*` for "every resource"). */
function coversResource(statement, resource) {
    // ARNs match case-sensitively; only action names ignore case.
    const matches = (pattern) => (0,glob/* globMatch */.e)(pattern, resource);
    if (statement.resource)
        return statement.resource.some(matches);
    if (statement.notResource)
        return !statement.notResource.some(matches);
    // Resource policies (EFS) may omit Resource: the statement then covers the resource it is on.
    return true;
}
/** Principal `*`, `{"AWS": "*"}` or a list holding `*`: anyone, including anonymous callers. */
function isPublicPrincipal(statement) {
    if (statement.notPrincipal)
        return true;
    return !!statement.principal && listsEveryone(statement.principal);
}
/** A Principal or NotPrincipal that lists `*` (as `"*"` or `{"AWS": "*"}`). */
function listsEveryone(principals) {
    return Object.entries(principals).some(([type, ids]) => (type === '*' || type === 'AWS') && ids.includes('*'));
}
/**
 * Conditions on `key` (case-insensitive, as AWS compares condition keys), optionally only those
 * whose operator is one of `operators` (compared case-insensitively, `IfExists` forms included).
 */
function conditionsOn(statement, key, operators) {
    const wantedKey = key.toLowerCase();
    const wantedOps = operators?.map((o) => o.toLowerCase());
    return statement.conditions.filter((c) => {
        if (c.key.toLowerCase() !== wantedKey)
            return false;
        if (!wantedOps)
            return true;
        const op = c.operator.toLowerCase().replace(/ifexists$/, '');
        return wantedOps.includes(op);
    });
}
/**
 * A `Deny` conditioned on `aws:SecureTransport` false (`Bool` or `BoolIfExists`), whoever it
 * binds and whatever else it says.
 */
function deniesOnInsecureTransport(statement) {
    return (statement.effect === 'Deny' &&
        statement.conditions.some((c) => isSecureTransport(c) && conditionTruth(c, PLAIN_ANYONE) === 'always'));
}
/**
 * A `Deny` that binds every caller, with no exception, whenever `aws:SecureTransport` is false:
 * principal `*` and no condition but that one. Which actions and resources it covers is the
 * caller's question (`explicitDeny` answers both at once).
 */
function deniesInsecureTransport(statement) {
    return (deniesOnInsecureTransport(statement) &&
        and(principalTruth(statement, 'anyone'), conditionsTruth(statement, PLAIN_ANYONE)) === 'always');
}
/** How details name a statement: `statement "Sid"`, or `statement 2` by position from 1. */
function statementName(statement, index) {
    return statement.sid ? `statement "${statement.sid}"` : `statement ${index + 1}`;
}
function and(...truths) {
    if (truths.includes('never'))
        return 'never';
    return truths.every((t) => t === 'always') ? 'always' : 'sometimes';
}
const PLAIN_ANYONE = {
    action: '*',
    resource: '*',
    caller: 'anyone',
    insecureTransport: true,
};
/**
 * Keys that say who the caller is, and that a value can tie to specific principals, accounts or
 * organisations. Not `aws:username` or `aws:PrincipalTag/...`: any account can have a user or a
 * tag of that name, so they name no one in particular.
 */
const IDENTITY_KEYS = new Set([
    'aws:principalarn',
    'aws:principalaccount',
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:userid',
]);
/** Identity keys that every signed request carries (the organisation keys only come with one). */
const ALWAYS_SIGNED_KEYS = new Set(['aws:principalarn', 'aws:principalaccount', 'aws:userid']);
const POSITIVE_OPERATORS = new Set([
    'stringequals',
    'stringequalsignorecase',
    'stringlike',
    'arnequals',
    'arnlike',
]);
const NEGATED_OPERATORS = new Set([
    'stringnotequals',
    'stringnotequalsignorecase',
    'stringnotlike',
    'arnnotequals',
    'arnnotlike',
]);
/**
 * Whether a condition operator requires a match with its values (`StringEquals`, `ArnLike`, in
 * any `ForAnyValue:`/`IfExists` form), requires the opposite (`StringNotLike`, ...), or is of
 * another kind (`Null`, `Bool`, numeric, date).
 */
function operatorSense(operator) {
    const { base } = baseOperator(operator);
    if (POSITIVE_OPERATORS.has(base))
        return 'positive';
    return NEGATED_OPERATORS.has(base) ? 'negated' : 'other';
}
const hasWildcard = (text) => /[*?]/.test(text);
/** Whether the wildcard pattern can match some value that starts with `prefix`. */
function globMayMatchPrefix(pattern, prefix) {
    // Walks the pattern over the prefix, keeping every position a `*` can stand at.
    const close = (positions) => {
        for (const i of positions)
            if (pattern[i] === '*')
                positions.add(i + 1);
        return positions;
    };
    let positions = close(new Set([0]));
    for (const char of prefix) {
        const next = new Set();
        for (const i of positions) {
            const p = pattern[i];
            if (p === '*')
                next.add(i);
            else if (p === '?' || p === char)
                next.add(i + 1);
        }
        positions = close(next);
        if (positions.size === 0)
            return false;
    }
    return true;
}
/**
 * Whether a Resource pattern can match some ARN that starts with `prefix` (an ARN up to its
 * resource part, e.g. `arn:aws:iam::111122223333:user/`): `*` and `arn:aws:iam::*:user/*` can
 * match user ARNs, `arn:aws:iam::111122223333:role/x` cannot. As in ArnLike, each of the five
 * fields before the resource is matched on its own (a `*` in the account field does not run on
 * into the resource), case-sensitively.
 */
function mayMatchArnPrefix(pattern, prefix) {
    const patternFields = pattern.split(':');
    const prefixFields = prefix.split(':');
    if (patternFields.length < 6 || prefixFields.length < 6)
        return globMayMatchPrefix(pattern, prefix);
    for (let i = 0; i < 5; i++) {
        if (!(0,glob/* globMatch */.e)(patternFields[i] ?? '', prefixFields[i] ?? ''))
            return false;
    }
    return globMayMatchPrefix(patternFields.slice(5).join(':'), prefixFields.slice(5).join(':'));
}
/** An ARN's account field names one account: present, and free of wildcards. */
function arnNamesAccount(value) {
    const fields = value.split(':');
    const account = fields[4];
    return fields.length >= 6 && fields[0] === 'arn' && !!account && !hasWildcard(account);
}
/**
 * Whether one condition value names specific principals, accounts or organisations (CHECKS.md's
 * common scope rules): a bare `*`, or a wildcard in an ARN's account field, names no one.
 */
function namesSomeone(key, value) {
    if (value === '' || /^[*?]+$/.test(value))
        return false;
    switch (key) {
        case 'aws:principalaccount':
        case 'aws:principalorgid':
            // AWS lists these as sensitive keys, for which a wildcard never has a valid use.
            return !hasWildcard(value);
        case 'aws:principalorgpaths':
            return !hasWildcard(value.split('/')[0] ?? '');
        case 'aws:userid':
            // A unique ID (AIDA..., AROA...:session) names one principal; a wildcard in the ID part
            // (`A*`, `AROA*`) matches principals of every account.
            return !hasWildcard(value.split(':')[0] ?? '*');
        default:
            // An ARN names someone when its account field has no wildcard; other text when it has none.
            return hasWildcard(value) ? arnNamesAccount(value) : true;
    }
}
/**
 * The operator without its `ForAnyValue:`/`ForAllValues:` prefix and `IfExists` suffix, and
 * which of them it had.
 */
function baseOperator(operator) {
    let op = operator.toLowerCase();
    const forAll = op.startsWith('forallvalues:');
    const forAny = op.startsWith('foranyvalue:');
    op = op.replace(/^for(anyvalue|allvalues):/, '');
    const ifExists = op.endsWith('ifexists');
    return { base: ifExists ? op.slice(0, -'ifexists'.length) : op, ifExists, forAll, forAny };
}
const isSecureTransport = (c) => c.key.toLowerCase() === 'aws:securetransport';
/**
 * An identity condition for a kind of caller. IAM's condition operators: a key missing from the
 * request context makes a condition false, except a negated one (`StringNotEquals`,
 * `ArnNotLike`, ...), an `...IfExists` one (both true) and `Null` (which tests for the key).
 */
function identityTruth(key, c, caller) {
    const { base, ifExists, forAll, forAny } = baseOperator(c.operator);
    if (caller === 'anyone' || forAll)
        return 'sometimes';
    // ForAnyValue is false when the key is missing, even with a negated operator: an unsigned
    // request has no aws:Principal* key, and a key not every signed request carries may be missing.
    if (forAny && NEGATED_OPERATORS.has(base)) {
        if (caller === 'anonymous')
            return 'never';
        if (!ALWAYS_SIGNED_KEYS.has(key))
            return 'sometimes';
    }
    const values = c.values;
    const named = values.length > 0 && values.every((v) => namesSomeone(key, v));
    const nullWants = (v) => values.length > 0 && values.every((x) => x.toLowerCase() === v);
    if (caller === 'anonymous') {
        // An unsigned request carries no aws:Principal* key.
        if (base === 'null')
            return nullWants('true') ? 'always' : nullWants('false') ? 'never' : 'sometimes';
        if (ifExists || NEGATED_OPERATORS.has(base))
            return 'always';
        // A value naming no one restricts nothing (CHECKS.md), although IAM finds no key to match.
        if (POSITIVE_OPERATORS.has(base))
            return named ? 'never' : 'sometimes';
        return 'sometimes';
    }
    // A principal of some account the policy names nowhere: it matches no specific value.
    const present = ALWAYS_SIGNED_KEYS.has(key);
    if (base === 'null') {
        if (!present)
            return 'sometimes';
        return nullWants('false') ? 'always' : nullWants('true') ? 'never' : 'sometimes';
    }
    if (POSITIVE_OPERATORS.has(base))
        return named && (present || !ifExists) ? 'never' : 'sometimes';
    if (NEGATED_OPERATORS.has(base))
        return named ? 'always' : 'sometimes';
    return 'sometimes';
}
/** One condition of a statement, for the kind of request asked about. */
function conditionTruth(c, request) {
    const key = c.key.toLowerCase();
    if (key === 'aws:securetransport') {
        // Every request carries aws:SecureTransport, so BoolIfExists reads as Bool; the value may be
        // the string "false" or the boolean false.
        const { base, forAll } = baseOperator(c.operator);
        if (base !== 'bool' || forAll || request.insecureTransport === undefined)
            return 'sometimes';
        const wanted = request.insecureTransport ? 'false' : 'true';
        return c.values.some((v) => v.toLowerCase() === wanted) ? 'always' : 'never';
    }
    if (IDENTITY_KEYS.has(key))
        return identityTruth(key, c, request.caller);
    const confining = request.confiningKeys?.some((k) => k.toLowerCase() === key);
    if (confining) {
        const { base, ifExists } = baseOperator(c.operator);
        const named = c.values.length > 0 && c.values.every((v) => namesSomeone(key, v));
        if (POSITIVE_OPERATORS.has(base) && !ifExists && named)
            return 'never';
    }
    // Source IP, VPC, mount target, tags...: true for some requests, false for others.
    return 'sometimes';
}
/** All conditions of a statement hold together (IAM ANDs the condition operators). */
function conditionsTruth(statement, request) {
    return and(...statement.conditions.map((c) => conditionTruth(c, request)));
}
/** Whether the statement's Principal or NotPrincipal takes in the kind of caller asked about. */
function principalTruth(statement, caller) {
    if (statement.notPrincipal) {
        // Everyone but the principals listed: an anonymous caller or one of an unnamed account is
        // never among them; `anyone` includes them.
        if (listsEveryone(statement.notPrincipal))
            return 'never';
        return caller === 'anyone' ? 'sometimes' : 'always';
    }
    if (statement.principal && listsEveryone(statement.principal))
        return 'always';
    return 'never';
}
/**
 * Whether one of the patterns matches every value that starts with the prefix (`s3:*` or `*`
 * every S3 action, `arn:aws:s3:::b/*` every object of bucket b): it matches the prefix itself
 * and ends in `*`.
 */
function coversEvery(patterns, prefix) {
    return patterns.some((p) => p.endsWith('*') && wildcardMatch(p, prefix));
}
/** Whether patterns cover a target: one value, or every value with the prefix. */
function patternsCover(patterns, target) {
    if (typeof target === 'string')
        return patterns.some((p) => wildcardMatch(p, target));
    return coversEvery(patterns, target.every);
}
/**
 * Whether the statement covers the action. A NotAction covers a whole prefix only if it could
 * be shown to exclude none of its actions, which a list of names cannot show: CHECKS.md reads
 * it as leaving them open.
 */
function actionCovered(statement, action) {
    if (typeof action === 'string')
        return coversAction(statement, action);
    return !!statement.action && patternsCover(statement.action, action);
}
/** Whether the statement covers the resource; `unmatched` when that depends on a missing ARN. */
function resourceCovered(statement, resource) {
    if (!statement.resource && !statement.notResource)
        return 'yes';
    if (resource === undefined || resource === '') {
        if (statement.resource?.some((p) => /^\*+$/.test(p)))
            return 'yes';
        return 'unmatched';
    }
    if (typeof resource === 'string')
        return coversResource(statement, resource) ? 'yes' : 'no';
    return statement.resource && patternsCover(statement.resource, resource) ? 'yes' : 'no';
}
/**
 * Evaluates a request against a resource policy's statements: which Allows grant it to every
 * caller of the kind asked about, which Denies bind it for all of them, and which statements
 * cannot be matched because the resource's ARN is missing.
 */
function evaluateRequest(statements, request) {
    const evaluation = { grants: [], denies: [], unmatched: [] };
    statements.forEach((statement, index) => {
        if (!actionCovered(statement, request.action))
            return;
        const truth = and(principalTruth(statement, request.caller), conditionsTruth(statement, request));
        // An Allow grants when some request of the kind can meet it; a Deny binds when all must.
        const applies = statement.effect === 'Allow' ? truth !== 'never' : truth === 'always';
        if (!applies)
            return;
        const covered = resourceCovered(statement, request.resource);
        if (covered === 'no')
            return;
        const named = { statement, name: statementName(statement, index) };
        if (covered === 'unmatched')
            evaluation.unmatched.push(named);
        else if (statement.effect === 'Allow')
            evaluation.grants.push(named);
        else
            evaluation.denies.push(named);
    });
    return evaluation;
}
/**
 * Whether the policy grants the request to every caller of the kind asked about once its Denies
 * have been weighed: an explicit Deny that binds them all wins over every Allow.
 */
function grantToEveryone(statements, request) {
    const { grants, denies, unmatched } = evaluateRequest(statements, request);
    const [deny] = denies;
    const unmatchedGrants = unmatched.filter((s) => s.statement.effect === 'Allow');
    if (deny)
        return { status: 'closed', grants: [...grants, ...unmatchedGrants], deny };
    if (grants.length === 0 && unmatchedGrants.length === 0)
        return { status: 'closed', grants };
    // A Deny that might remove the grants, or grants that might exist: undecided, never closed.
    const unmatchedDeny = unmatched.length > unmatchedGrants.length;
    if (unmatchedDeny || grants.length === 0)
        return { status: 'unknown', unmatched };
    return { status: 'open', grants };
}
/** Whether a Deny binds the request for every caller of the kind asked about. */
function explicitDeny(statements, request) {
    const { denies, unmatched } = evaluateRequest(statements, request);
    const [deny] = denies;
    if (deny)
        return { status: 'denied', deny };
    const unmatchedDenies = unmatched.filter((s) => s.statement.effect === 'Deny');
    if (unmatchedDenies.length > 0)
        return { status: 'unknown', unmatched: unmatchedDenies };
    return { status: 'not-denied' };
}

;// CONCATENATED MODULE: ./src/rules/efs/security.ts




const EFS_CONTROLS_URL = 'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html';
const MOUNT = 'elasticfilesystem:ClientMount';
const ROOT_ACCESS = 'elasticfilesystem:ClientRootAccess';
const ACCESS_POINT_KEY = 'elasticfilesystem:AccessPointArn';
const NFS_PORT = 2049;
/** The file system policy's statements; null when none is set; a Verdict when it cannot be read. */
function policyStatements(fs) {
    if (!fs.policy.ok)
        return (0,kit/* unknown */.L5)(fs.policy.error);
    if (fs.policy.value === null)
        return null;
    try {
        return parsePolicy(fs.policy.value);
    }
    catch (error) {
        return { status: 'UNKNOWN', detail: `The file system policy is unreadable: ${String(error)}.` };
    }
}
const isVerdict = (read) => read !== null && !Array.isArray(read);
const names = (statements) => (0,common/* listWords */.yh)(statements.map((s) => s.name));
/**
 * UNKNOWN because statements name their resources and the file system's ARN, which they would
 * be matched against, is missing (an answer without FileSystemArn).
 */
function unmatchedArn(question, unmatched) {
    const which = unmatched.length === 1 ? `${names(unmatched)} names its` : `${names(unmatched)} name their`;
    return (0,kit/* undetermined */.nZ)(`Whether ${question} is not known: ${which} resources, and the file system's ARN was not collected.`, { statements: unmatched.map((s) => s.name) });
}
/** A client request to this file system; an empty ARN (not collected) stays unmatched. */
const clientRequest = (fs, action, caller, extra = {}) => ({ action, resource: fs.arn || undefined, caller, ...extra });
const unencrypted = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.unencrypted',
        title: 'EFS file system not encrypted at rest',
        category: 'security',
        severity: 'critical',
        remediation: {
            text: 'Encryption at rest can only be chosen at creation: create an encrypted file system (with a KMS key), copy the data over (AWS DataSync or a backup restore) and delete the unencrypted one.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
        },
        frameworks: { fsbp: ['EFS.1', 'EFS.8'], cis: ['2.4.1'] },
        failWhen: '`Encrypted` is false.',
    },
    judge: (fs) => fs.encrypted
        ? (0,kit/* pass */.IX)('Encrypted at rest.', { kmsKeyId: fs.kmsKeyId ?? null })
        : (0,kit/* fail */.fJ)('Not encrypted at rest: its data and metadata are stored in plain form.', {
            encrypted: false,
        }),
});
const tlsNotEnforced = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.tls-not-enforced',
        title: 'EFS file system does not enforce encryption in transit',
        category: 'security',
        severity: 'high',
        remediation: {
            text: 'Add a file system policy statement that denies all client actions to principal * when aws:SecureTransport is false (the console option "Enforce in-transit encryption for all clients"), and mount with -o tls.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html',
        },
        frameworks: {},
        failWhen: 'There is no file system policy, or none of its statements is a `Deny` to principal `*` (no NotPrincipal) covering `elasticfilesystem:ClientMount` (directly or through `Client*`, `elasticfilesystem:*`, `*`) on this file system whose only condition is `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`, string or boolean). UNKNOWN when such a Deny names its resources and the file system ARN was not collected.',
    },
    judge: (fs) => {
        const statements = policyStatements(fs);
        if (isVerdict(statements))
            return statements;
        if (statements === null) {
            return (0,kit/* fail */.fJ)('No file system policy: the default policy lets clients connect without TLS.', {
                policy: null,
            });
        }
        // Every client action needs a mount first: denying ClientMount without TLS is enforcement,
        // whatever the statement says of ClientWrite and ClientRootAccess. It must bind every
        // caller: a NotPrincipal or a further condition spares some.
        const verdict = explicitDeny(statements, clientRequest(fs, MOUNT, 'anyone', { insecureTransport: true }));
        if (verdict.status === 'denied') {
            return (0,kit/* pass */.IX)(`The file system policy denies mounting without TLS to everyone (${verdict.deny.name}).`);
        }
        if (verdict.status === 'unknown') {
            return unmatchedArn('the file system policy denies mounting without TLS', verdict.unmatched);
        }
        return (0,kit/* fail */.fJ)(`The file system policy has no statement denying ${MOUNT} to everyone when aws:SecureTransport is false: clients may mount without TLS.`, { statements: statements.length });
    },
});
const nfsOpenToWorld = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.nfs-open-to-world',
        title: 'EFS mount target reachable over NFS from the internet',
        category: 'security',
        severity: 'critical',
        remediation: {
            text: 'Remove the inbound rules that admit the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address) to TCP 2049 on the security groups of the mount targets; admit NFS only from the security groups or CIDRs of the clients.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/network-access.html',
        },
        frameworks: {},
        failWhen: "A security group of one of its mount targets admits TCP 2049 (by that port, by a range covering it, or with protocol `-1`) from the internet: `0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do. A mount target listed with no security group, or a prefix list whose entries could not be read, makes the result UNKNOWN unless another group opens NFS to the internet.",
    },
    judge: (fs, efs) => {
        if (!fs.mountTargets.ok)
            return (0,kit/* unknown */.L5)(fs.mountTargets.error);
        if (fs.mountTargets.value.length === 0) {
            return (0,kit/* pass */.IX)('No mount targets: the file system is not reachable over NFS.');
        }
        const exposures = [];
        let failure;
        const missing = [];
        const bare = [];
        const uncollected = new Set();
        for (const target of fs.mountTargets.value) {
            if (!target.securityGroupIds.ok) {
                failure ??= target.securityGroupIds.error;
                continue;
            }
            if (target.securityGroupIds.value.length === 0) {
                bare.push(target.id);
                continue;
            }
            if (!efs.securityGroups.ok) {
                failure ??= efs.securityGroups.error;
                continue;
            }
            const groups = efs.securityGroups.value;
            for (const groupId of target.securityGroupIds.value) {
                const group = groups.find((g) => g.id === groupId);
                if (!group) {
                    missing.push(groupId);
                    continue;
                }
                const reaching = group.ingress.filter((p) => ingressReaches(p, 'tcp', NFS_PORT));
                const reach = internetReach(reaching, efs.prefixLists);
                if (reach.status === 'open') {
                    exposures.push(`${group.id} (${describeExposingRules(reach.rules)}) on ${target.id}`);
                }
                else if (reach.status === 'unresolved') {
                    if (reach.failure)
                        failure ??= reach.failure;
                    else
                        reach.prefixLists.forEach((id) => uncollected.add(id));
                }
            }
        }
        if (exposures.length > 0) {
            return (0,kit/* fail */.fJ)(`NFS (TCP 2049) is open to the internet: ${exposures.join('; ')}.`, {
                exposures,
            });
        }
        if (failure)
            return (0,kit/* unknown */.L5)(failure);
        const undecided = [];
        if (bare.length > 0) {
            const one = bare.length === 1;
            undecided.push(`Mount target${one ? '' : 's'} ${(0,common/* listWords */.yh)(bare)} ${one ? 'was' : 'were'} listed with no security group (AWS always has 1 to 5): ${one ? 'its' : 'their'} exposure cannot be judged.`);
        }
        if (missing.length > 0) {
            undecided.push(`Security groups ${(0,common/* listWords */.yh)(missing)} of its mount targets were not in the DescribeSecurityGroups listing.`);
        }
        if (uncollected.size > 0) {
            undecided.push(uncollectedPrefixLists([...uncollected].sort(), 'TCP 2049'));
        }
        if (undecided.length > 0)
            return { status: 'UNKNOWN', detail: undecided.join(' ') };
        return (0,kit/* pass */.IX)(`No security group of its ${fs.mountTargets.value.length} mount target(s) admits TCP 2049 from the internet.`);
    },
});
const iamAuthorizationOff = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.iam-authorization-off',
        title: 'EFS file system does not require IAM authorization for NFS clients',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Set a file system policy that grants client actions only to named IAM principals or through access points (condition on aws:PrincipalArn or elasticfilesystem:AccessPointArn), and mount with -o tls,iam.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
        },
        frameworks: {},
        failWhen: "There is no file system policy (the default lets any client that reaches a mount target mount, write and act as root), or a statement on this file system allows `elasticfilesystem:ClientMount` (directly, through `Client*`, `elasticfilesystem:*`, `*` or by NotAction) to principal `*` or through a NotPrincipal without a condition that restricts the caller's identity or access point, and no explicit `Deny` removes that grant (a Deny for all principals except named ones does). A condition restricts only when every value names specific principals, accounts or organisations (`StringEquals`, `StringLike`, `ArnEquals` or `ArnLike`, not their `IfExists` forms, on `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths` or `aws:userid`) or access points (`elasticfilesystem:AccessPointArn`): a bare `*` or a wildcard account field (`arn:aws:iam::*:role/x`) restricts nothing. A condition that only requires an authenticated caller (`Null` `aws:PrincipalArn` `false`) turns IAM authorization on and passes. UNKNOWN when the verdict turns on a statement that names its resources and the file system ARN was not collected.",
    },
    judge: (fs) => {
        const statements = policyStatements(fs);
        if (isVerdict(statements))
            return statements;
        if (statements === null) {
            return (0,kit/* fail */.fJ)('No file system policy: any client that reaches a mount target can mount, write and act as root without IAM authorization.', { policy: null });
        }
        // Without ClientMount no anonymous client can mount ("Prevent anonymous access" grants
        // everyone ClientWrite and ClientRootAccess only): IAM then decides who mounts.
        const verdict = grantToEveryone(statements, clientRequest(fs, MOUNT, 'anonymous', { confiningKeys: [ACCESS_POINT_KEY] }));
        if (verdict.status === 'unknown') {
            return unmatchedArn('anonymous clients may mount', verdict.unmatched);
        }
        if (verdict.status === 'open') {
            const granting = verdict.grants.map((s) => s.name);
            return (0,kit/* fail */.fJ)(`The file system policy allows client actions to everyone without a condition on the caller's identity or access point (${(0,common/* listWords */.yh)(granting)}).`, { statements: granting });
        }
        if (verdict.deny) {
            return (0,kit/* pass */.IX)(`The file system policy grants client actions to everyone (${names(verdict.grants)}), but ${verdict.deny.name} denies ${MOUNT} to anonymous clients.`, { grants: verdict.grants.map((s) => s.name), deny: verdict.deny.name });
        }
        return (0,kit/* pass */.IX)('Client access is granted only to named principals or through access points.');
    },
});
function rootByPolicy(fs) {
    const statements = policyStatements(fs);
    if (isVerdict(statements))
        return { reasons: [], undecided: statements };
    if (statements === null) {
        return { reasons: ['no file system policy (the default policy allows root)'] };
    }
    // Root to anonymous clients, and to an authenticated caller of any account: a condition that
    // only requires authentication (Null aws:PrincipalArn false) squashes nothing.
    const anonymous = grantToEveryone(statements, clientRequest(fs, ROOT_ACCESS, 'anonymous'));
    const anyAccount = grantToEveryone(statements, clientRequest(fs, ROOT_ACCESS, 'authenticated'));
    if (anonymous.status === 'open') {
        return {
            reasons: anonymous.grants.map((s) => `${s.name} grants ClientRootAccess to everyone`),
        };
    }
    if (anyAccount.status === 'open') {
        return {
            reasons: anyAccount.grants.map((s) => `${s.name} grants ClientRootAccess to any authenticated caller of any account`),
        };
    }
    for (const verdict of [anonymous, anyAccount]) {
        if (verdict.status === 'unknown') {
            return { reasons: [], undecided: unmatchedArn('clients can act as root', verdict.unmatched) };
        }
    }
    for (const verdict of [anyAccount, anonymous]) {
        if (verdict.status === 'closed' && verdict.deny && verdict.grants.length > 0) {
            return { reasons: [], removed: { grants: verdict.grants, deny: verdict.deny } };
        }
    }
    return { reasons: [] };
}
const rootNotSquashed = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.root-not-squashed',
        title: 'EFS file system lets clients act as root',
        category: 'security',
        severity: 'high',
        remediation: {
            text: 'Set a file system policy that does not grant elasticfilesystem:ClientRootAccess to principal * (the console option "Prevent root access by default"), and give access points a non-root PosixUser.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
        },
        frameworks: {},
        failWhen: 'There is no file system policy; or a statement on this file system allows `elasticfilesystem:ClientRootAccess` (directly, through `Client*`, `elasticfilesystem:*`, `*` or by NotAction) to principal `*` or through a NotPrincipal, to anonymous clients or to authenticated callers of any account (a `Null` `aws:PrincipalArn` `false` condition still fails), with no condition naming specific principals, accounts or organisations (a bare `*` or a wildcard account field names none), and no explicit `Deny` removes that grant (a Deny for all principals except named ones does); or an access point of the file system, in scope or not, enforces PosixUser Uid 0. UNKNOWN when the verdict turns on a statement that names its resources and the file system ARN was not collected.',
    },
    judge: (fs, efs) => {
        const policy = rootByPolicy(fs);
        const reasons = [...policy.reasons];
        let undecided = policy.undecided;
        const listed = efs.accessPoints;
        if (!listed.ok)
            undecided ??= (0,kit/* unknown */.L5)(listed.error);
        // In scope or not, a Uid 0 access point gives this file system's clients root. Before the
        // scope filter runs, `accessPoints` is the whole listing.
        const rootPoints = (efs.allAccessPoints ?? (listed.ok ? listed.value : []))
            .filter((ap) => ap.fileSystemId === fs.id && ap.posixUser?.uid === 0)
            .map((ap) => ap.id);
        if (rootPoints.length > 0) {
            reasons.push(`access point ${(0,common/* listWords */.yh)(rootPoints)} enforces PosixUser Uid 0`);
        }
        if (reasons.length > 0) {
            return (0,kit/* fail */.fJ)(`Clients can act as root: ${reasons.join('; ')}.`, { reasons });
        }
        if (undecided)
            return undecided;
        if (policy.removed) {
            const { grants, deny } = policy.removed;
            return (0,kit/* pass */.IX)(`The file system policy grants ClientRootAccess to everyone (${names(grants)}), but ${deny.name} denies it to every caller the policy does not name, and no access point enforces Uid 0.`);
        }
        return (0,kit/* pass */.IX)('The file system policy grants ClientRootAccess to no one anonymous, and no access point enforces Uid 0.');
    },
});
const mountTargetPublicSubnet = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.mount-target-public-subnet',
        title: 'EFS mount target in a subnet that assigns public IPs',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Move the mount targets to private subnets (MapPublicIpOnLaunch false): delete each mount target and create it again in a private subnet of the same Availability Zone.',
            url: `${EFS_CONTROLS_URL}#efs-6`,
        },
        frameworks: { fsbp: ['EFS.6'] },
        failWhen: 'A mount target of the file system is in a subnet with `MapPublicIpOnLaunch` true.',
    },
    judge: (fs, efs) => {
        if (!fs.mountTargets.ok)
            return (0,kit/* unknown */.L5)(fs.mountTargets.error);
        const targets = fs.mountTargets.value;
        if (targets.length === 0)
            return (0,kit/* pass */.IX)('No mount targets.');
        if (!efs.subnets.ok)
            return (0,kit/* unknown */.L5)(efs.subnets.error);
        const subnets = efs.subnets.value;
        const publicTargets = targets.filter((t) => subnets.find((s) => s.id === t.subnetId)?.mapPublicIpOnLaunch === true);
        if (publicTargets.length > 0) {
            const where = publicTargets.map((t) => `${t.id} in ${t.subnetId}`);
            return (0,kit/* fail */.fJ)(`Mount targets in subnets that assign public IPs on launch: ${(0,common/* listWords */.yh)(where)}.`, { mountTargets: where });
        }
        const unlisted = targets.filter((t) => !subnets.some((s) => s.id === t.subnetId));
        if (unlisted.length > 0) {
            return {
                status: 'UNKNOWN',
                detail: `Subnets ${(0,common/* listWords */.yh)(unlisted.map((t) => t.subnetId))} of its mount targets were not in the DescribeSubnets listing.`,
            };
        }
        return (0,kit/* pass */.IX)(`None of its ${targets.length} mount target(s) is in a subnet that assigns public IPs.`);
    },
});
const accessPointRootDirectory = (0,common/* accessPointRule */.Dp)({
    meta: {
        id: 'efs.access-point-root-directory',
        title: 'EFS access point exposes the file system root',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Create the access point with a RootDirectory Path below / (e.g. /app), so its clients see only that directory tree.',
            url: `${EFS_CONTROLS_URL}#efs-3`,
        },
        frameworks: { fsbp: ['EFS.3'] },
        failWhen: 'The access point has RootDirectory `Path` `/`, which is also what AWS uses when none was given.',
    },
    judge: (ap) => ap.rootDirectoryPath === '/'
        ? (0,kit/* fail */.fJ)(`Access point of ${ap.fileSystemId} uses the file system root / as its root directory.`, {
            path: ap.rootDirectoryPath,
        })
        : (0,kit/* pass */.IX)(`Access point of ${ap.fileSystemId} is confined to ${ap.rootDirectoryPath}.`, {
            path: ap.rootDirectoryPath,
        }),
});
const accessPointUserIdentity = (0,common/* accessPointRule */.Dp)({
    meta: {
        id: 'efs.access-point-user-identity',
        title: 'EFS access point does not enforce a user identity',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Create the access point with a PosixUser (Uid, Gid, non-zero for application data), so every request through it acts as that user whatever the client claims.',
            url: `${EFS_CONTROLS_URL}#efs-4`,
        },
        frameworks: { fsbp: ['EFS.4'] },
        failWhen: 'The access point enforces no `PosixUser`.',
    },
    judge: (ap) => ap.posixUser
        ? (0,kit/* pass */.IX)(`Access point of ${ap.fileSystemId} enforces Uid ${ap.posixUser.uid}, Gid ${ap.posixUser.gid}.`, { posixUser: ap.posixUser })
        : (0,kit/* fail */.fJ)(`Access point of ${ap.fileSystemId} enforces no PosixUser: clients act as whatever user they claim.`, { posixUser: null }),
});

;// CONCATENATED MODULE: ./src/rules/efs/index.ts





/** The eighteen EFS checks, in CHECKS.md order. */
const efsRules = [
    throughputOverprovisioned,
    burstCreditsLow,
    noIaLifecycle,
    maxioUnneeded,
    unused,
    unencrypted,
    tlsNotEnforced,
    nfsOpenToWorld,
    iamAuthorizationOff,
    rootNotSquashed,
    criticalNotReplicated,
    noBackup,
    oneZoneProduction,
    alarmsMissing,
    metadataHot,
    accessPointRootDirectory,
    accessPointUserIdentity,
    mountTargetPublicSubnet,
];

// EXTERNAL MODULE: ./src/collect/convert.ts
var convert = __nccwpck_require__(2997);
// EXTERNAL MODULE: ./src/model/iam.ts
var iam = __nccwpck_require__(1632);
// EXTERNAL MODULE: ./src/model/iam-credentials.ts
var iam_credentials = __nccwpck_require__(6275);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __nccwpck_require__(1621);
;// CONCATENATED MODULE: ./src/rules/iam-credentials.ts



/**
 * The credential checks: the root user and each IAM user as the credential report shows them,
 * and the account password policy. Ages are whole days before the scan (the inventory's
 * collectedAt); the report itself can be up to four hours older (see the collector).
 */
const USER_TYPE = 'AWS::IAM::User';
/** IAM.3 and CIS 1.14: rotate active access keys every 90 days or less. */
const ROTATION_DAYS = 90;
/** IAM.22 and CIS 1.12: credentials unused for 45 days or more. */
const UNUSED_DAYS = 45;
/** IAM.15 and CIS 1.8. */
const MIN_PASSWORD_LENGTH = 14;
/** IAM.16 and CIS 1.9. */
const PASSWORD_REUSE = 24;
const iam_credentials_notCollected = (what) => (0,kit/* undetermined */.nZ)(`Could not be assessed: this inventory was saved before posture-gate collected ${what}.`);
/** One result about the account, from an IAM part field that an older inventory lacks. */
function accountRule(meta, read, what, judge) {
    return {
        meta,
        evaluate(inventory) {
            return (0,kit/* partsOf */.CI)(inventory, 'iam').map(({ region, part }) => {
                const ref = {
                    region,
                    resourceId: inventory.account,
                    resourceType: kit/* ACCOUNT_TYPE */.HR,
                };
                const value = read(part);
                if (value === undefined)
                    return (0,kit/* toFinding */.N6)(ref, iam_credentials_notCollected(what));
                if (!value.ok)
                    return (0,kit/* toFinding */.N6)(ref, (0,kit/* unknown */.L5)(value.error));
                const judged = judge(value.value, ref);
                return (0,kit/* toFinding */.N6)(judged.ref, judged.verdict);
            });
        },
    };
}
/** A check of the root user's row; the report lacks it on emulators (moto): UNKNOWN, never PASS. */
function rootRule(meta, judge) {
    return accountRule(meta, (iam) => iam.credentialReport, 'the credential report', (report, ref) => {
        const root = report.users.find((u) => u.user === iam_credentials/* ROOT_ACCOUNT_USER */.DF);
        if (!root) {
            return {
                ref,
                verdict: (0,kit/* undetermined */.nZ)(`Could not be assessed: the credential report has no ${iam_credentials/* ROOT_ACCOUNT_USER */.DF} row for the root user.`),
            };
        }
        return { ref: { ...ref, resourceArn: root.arn }, verdict: judge(root) };
    });
}
/**
 * The report's IAM users (the root user aside), without those `exclude-tags` or `environment`
 * left out: the scope filters the tagged user listing, and the report's rows carry no tags.
 */
function reportUsers(iam) {
    const report = iam.credentialReport;
    if (report === undefined)
        return undefined;
    const listed = iam.users.ok ? new Set(iam.users.value.map((u) => u.arn)) : undefined;
    return (0,inventory/* mapFetched */.KX)(report, (r) => r.users.filter((u) => u.user !== iam_credentials/* ROOT_ACCOUNT_USER */.DF && (!listed || listed.has(u.arn))));
}
/** A check judged per IAM user row of the credential report. */
function userRule(check) {
    const perUser = (0,kit/* resourceRule */.vE)({
        meta: check.meta,
        resources: (iam) => reportUsers(iam) ?? { ok: true, value: [] },
        ref: (user) => ({
            region: kit/* GLOBAL_REGION */.ju,
            resourceId: user.arn,
            resourceArn: user.arn,
            resourceName: user.user,
            resourceType: USER_TYPE,
        }),
        appliesTo: check.appliesTo,
        judge: (user, _iam, context) => check.judge(user, context),
    });
    return {
        meta: check.meta,
        *evaluate(inventory, context) {
            yield* (0,kit/* partsOf */.CI)(inventory, 'iam')
                .filter(({ part }) => part.credentialReport === undefined)
                .map(({ region }) => (0,kit/* toFinding */.N6)({ region, resourceId: inventory.account, resourceType: kit/* ACCOUNT_TYPE */.HR }, iam_credentials_notCollected('the credential report')));
            yield* perUser.evaluate(inventory, context);
        },
    };
}
const activeKeys = (user) => user.accessKeys.flatMap((key, i) => key.active ? [{ ...key, name: `access key ${i + 1}` }] : []);
const hasPassword = (user) => user.passwordEnabled === true;
const days = (n) => `${n} ${n === 1 ? 'day' : 'days'}`;
/** Phrases joined into the start of a sentence. */
const sentence = (phrases) => {
    const text = phrases.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
};
const rootAccessKey = rootRule({
    id: 'iam.root-access-key',
    title: 'Root user has an active access key',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: kit/* ACCOUNT_TYPE */.HR,
    remediation: {
        text: 'Sign in as the root user and delete its access keys; give automation an IAM role instead.',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user_manage_delete-key',
    },
    frameworks: { fsbp: ['IAM.4'], cis: ['1.4'] },
    failWhen: 'The `<root_account>` row of the credential report has `access_key_1_active` or `access_key_2_active` true. A report without that row is UNKNOWN.',
}, (root) => {
    const active = activeKeys(root).map((k) => k.name);
    return active.length > 0
        ? (0,kit/* fail */.fJ)(`The root user has an active ${active.join(' and ')}.`, { activeKeys: active })
        : (0,kit/* pass */.IX)('The root user has no active access key.');
});
const rootMfaOff = rootRule({
    id: 'iam.root-mfa-off',
    title: 'Root user has no MFA',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: kit/* ACCOUNT_TYPE */.HR,
    remediation: {
        text: 'Sign in as the root user and assign it an MFA device (a hardware key or passkey preferably).',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    },
    frameworks: { fsbp: ['IAM.9'], cis: ['1.5'] },
    failWhen: 'The `<root_account>` row of the credential report has `mfa_active` false. A report without that row is UNKNOWN.',
}, (root) => (0,kit/* passIf */.n4)(root.mfaActive, root.mfaActive
    ? 'The root user has an MFA device.'
    : 'The root user has no MFA device (mfa_active is false in the credential report).'));
const userConsoleNoMfa = userRule({
    meta: {
        id: 'iam.user-console-no-mfa',
        title: 'IAM user with a console password has no MFA',
        service: 'iam',
        category: 'security',
        severity: 'high',
        resourceType: USER_TYPE,
        remediation: {
            text: 'Assign the user an MFA device, or remove its console password if it does not sign in to the console.',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
        },
        frameworks: { fsbp: ['IAM.5'], cis: ['1.10'] },
        failWhen: 'A user of the credential report has `password_enabled` true and `mfa_active` false. Users without a console password are not judged.',
    },
    appliesTo: hasPassword,
    judge: (user) => (0,kit/* passIf */.n4)(user.mfaActive, user.mfaActive
        ? 'The user has a console password and an MFA device.'
        : 'The user has a console password and no MFA device.'),
});
const accessKeyNotRotated = userRule({
    meta: {
        id: 'iam.access-key-not-rotated',
        title: 'Active access key older than 90 days',
        service: 'iam',
        category: 'security',
        severity: 'medium',
        resourceType: USER_TYPE,
        remediation: {
            text: 'Create a second access key, move its users to it, then deactivate and delete the old key; better, replace the user with a role.',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey',
        },
        frameworks: { fsbp: ['IAM.3'], cis: ['1.14'] },
        failWhen: `A user's active access key was created or last rotated (\`access_key_N_last_rotated\`) more than ${ROTATION_DAYS} days before the scan. One result per user, naming the key (1 or 2).`,
    },
    appliesTo: (user) => activeKeys(user).length > 0,
    judge: (user, context) => {
        const keys = activeKeys(user).map((key) => ({
            key: key.name,
            lastRotated: key.lastRotated,
            ageDays: (0,iam_credentials/* isReportDate */.F1)(key.lastRotated) ? (0,kit/* ageInDays */.QR)(key.lastRotated, context.now) : undefined,
        }));
        const evidence = { keys };
        const old = keys.filter((k) => k.ageDays !== undefined && k.ageDays > ROTATION_DAYS);
        if (old.length > 0) {
            const words = old.map((k) => `${k.key} was last rotated ${days(k.ageDays)} ago`);
            return (0,kit/* fail */.fJ)(`${sentence(words)}: more than ${ROTATION_DAYS} days.`, evidence);
        }
        const unread = keys.find((k) => k.ageDays === undefined);
        if (unread) {
            return (0,kit/* undetermined */.nZ)(`Could not be assessed: the credential report gives "${unread.lastRotated}" as the rotation date of active ${unread.key}.`, evidence);
        }
        const words = keys.map((k) => `${k.key} ${days(k.ageDays)} old`);
        return (0,kit/* pass */.IX)(`Every active access key was rotated within ${ROTATION_DAYS} days (${words.join(', ')}).`, evidence);
    },
});
/**
 * A credential's idle time: since its last use, or, never used (`N/A`, `no_information`), since
 * it was set. A password is set at password_last_changed (which user_creation_time may predate by
 * years); an access key is created at access_key_N_last_rotated.
 */
function idleTime(credential, lastUsed, setAt, setWord, now) {
    if ((0,iam_credentials/* isReportDate */.F1)(lastUsed)) {
        const idleDays = (0,kit/* ageInDays */.QR)(lastUsed, now);
        return { credential, idleDays, words: `${credential} was last used ${days(idleDays)} ago` };
    }
    if (lastUsed !== 'not_supported' && (0,iam_credentials/* isReportDate */.F1)(setAt)) {
        const idleDays = (0,kit/* ageInDays */.QR)(setAt, now);
        return {
            credential,
            idleDays,
            words: `${credential} was never used and was ${setWord} ${days(idleDays)} ago`,
        };
    }
    return {
        credential,
        words: `the credential report gives no date of use or creation for ${credential} ("${lastUsed}", "${setAt}")`,
    };
}
const credentialsUnused = userRule({
    meta: {
        id: 'iam.credentials-unused',
        title: 'IAM user credential unused for 45 days',
        service: 'iam',
        category: 'security',
        severity: 'medium',
        resourceType: USER_TYPE,
        remediation: {
            text: 'Remove the console password or deactivate the access key that is not used (and delete the user if nothing of it is).',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
        },
        frameworks: { fsbp: ['IAM.22'], cis: ['1.12'] },
        failWhen: `A user's console password or active access key was last used ${UNUSED_DAYS} days or more before the scan; one never used (\`N/A\` or \`no_information\`) counts from when it was set: the password from \`password_last_changed\`, the key from \`access_key_N_last_rotated\`.`,
    },
    appliesTo: (user) => hasPassword(user) || activeKeys(user).length > 0,
    judge: (user, context) => {
        const idle = [
            ...(hasPassword(user)
                ? [
                    idleTime('the console password', user.passwordLastUsed, user.passwordLastChanged, 'set', context.now),
                ]
                : []),
            ...activeKeys(user).map((key) => idleTime(key.name, key.lastUsed, key.lastRotated, 'created', context.now)),
        ];
        const evidence = {
            credentials: idle.map(({ credential, idleDays }) => ({
                credential,
                idleDays: idleDays ?? null,
            })),
        };
        const words = (list) => sentence(list.map((i) => i.words));
        const stale = idle.filter((i) => i.idleDays !== undefined && i.idleDays >= UNUSED_DAYS);
        if (stale.length > 0) {
            return (0,kit/* fail */.fJ)(`${words(stale)}: unused for ${UNUSED_DAYS} days or more.`, evidence);
        }
        const unread = idle.filter((i) => i.idleDays === undefined);
        if (unread.length > 0)
            return (0,kit/* undetermined */.nZ)(`Could not be assessed: ${unread[0]?.words}.`, evidence);
        return (0,kit/* pass */.IX)(`${words(idle)}: each within ${UNUSED_DAYS} days.`, evidence);
    },
});
const passwordPolicyWeak = accountRule({
    id: 'iam.password-policy-weak',
    title: 'Account password policy is weak or missing',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: kit/* ACCOUNT_TYPE */.HR,
    remediation: {
        text: `Set an account password policy with a minimum length of ${MIN_PASSWORD_LENGTH} or more and password reuse prevention of ${PASSWORD_REUSE}.`,
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    },
    frameworks: { fsbp: ['IAM.15', 'IAM.16'], cis: ['1.8', '1.9'] },
    failWhen: `The account has no password policy (\`NoSuchEntity\`), or its \`MinimumPasswordLength\` is below ${MIN_PASSWORD_LENGTH}, or its \`PasswordReusePrevention\` is below ${PASSWORD_REUSE} or absent (no reuse prevention).`,
}, (iam) => iam.passwordPolicy, 'the password policy', (policy, ref) => {
    if (policy === null) {
        return { ref, verdict: (0,kit/* fail */.fJ)('The account has no password policy.', { policy: null }) };
    }
    const { minimumPasswordLength: length, passwordReusePrevention: reuse } = policy;
    const evidence = {
        minimumPasswordLength: length ?? null,
        passwordReusePrevention: reuse ?? null,
    };
    const shortfalls = [
        ...(length !== undefined && length < MIN_PASSWORD_LENGTH
            ? [`its minimum password length is ${length}, below ${MIN_PASSWORD_LENGTH}`]
            : []),
        ...(reuse === undefined
            ? [`it does not prevent password reuse (${PASSWORD_REUSE} previous passwords needed)`]
            : reuse < PASSWORD_REUSE
                ? [`it prevents the reuse of ${reuse} previous passwords, below ${PASSWORD_REUSE}`]
                : []),
    ];
    if (shortfalls.length > 0) {
        return {
            ref,
            verdict: (0,kit/* fail */.fJ)(`The password policy is weak: ${shortfalls.join('; ')}.`, evidence),
        };
    }
    if (length === undefined) {
        return {
            ref,
            verdict: (0,kit/* undetermined */.nZ)('Could not be assessed: GetAccountPasswordPolicy gave no MinimumPasswordLength.', evidence),
        };
    }
    return {
        ref,
        verdict: (0,kit/* pass */.IX)(`The password policy requires ${length} characters or more and prevents the reuse of ${reuse} previous passwords.`, evidence),
    };
});
/** The credential checks, in catalogue order. */
const iamCredentialRules = [
    rootAccessKey,
    rootMfaOff,
    userConsoleNoMfa,
    accessKeyNotRotated,
    credentialsUnused,
    passwordPolicyWeak,
];

;// CONCATENATED MODULE: ./src/rules/iam-escalation.ts
/**
 * Known IAM privilege-escalation paths, and which of them a principal's policies grant.
 *
 * The table is the 21 methods of Spencer Gietzen, "AWS IAM Privilege Escalation - Methods and
 * Mitigation", Rhino Security Labs, 2018
 * (https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/), numbered as
 * there; the same paths are the ones Rhino's Pacu module `iam__privesc_scan` looks for.
 *
 * How far it goes, by design:
 * - Allow statements count whatever their conditions (a condition narrows when, not whether,
 *   a path exists), except `iam:PassedToService` on `iam:PassRole`, which decides which service
 *   a role can be passed to and so which paths PassRole opens.
 * - Resources: IAM actions count when a Resource can match an ARN of the type they act on in the
 *   principal's account (`*`, `user/*`, one named user...). CreateAccessKey, CreateLoginProfile
 *   and UpdateLoginProfile count only on users other than the principal itself (its own ARN or
 *   `user/${aws:username}` is self-service). iam:PassRole counts on any role pattern with a
 *   wildcard, and on a named role only when that role is a full administrator. Actions on other
 *   services' resources (ec2:RunInstances, lambda:UpdateFunctionCode...) count on any resource:
 *   the role behind a function or endpoint is what they reach.
 * - A Deny removes an action only when it binds unconditionally and covers every resource of
 *   the type; permission boundaries and SCPs are not collected, so they are not weighed.
 */

const passRole = (service) => ({
    action: 'iam:PassRole',
    reach: 'pass-role',
    passedTo: service,
});
const on = (reach, action) => ({ action, reach });
const ESCALATION_PATHS = [
    { method: 1, steps: [on('policy', 'iam:CreatePolicyVersion')] },
    { method: 2, steps: [on('policy', 'iam:SetDefaultPolicyVersion')] },
    { method: 3, steps: [passRole('ec2.amazonaws.com'), on('any', 'ec2:RunInstances')] },
    { method: 4, steps: [on('other-user', 'iam:CreateAccessKey')] },
    { method: 5, steps: [on('other-user', 'iam:CreateLoginProfile')] },
    { method: 6, steps: [on('other-user', 'iam:UpdateLoginProfile')] },
    { method: 7, steps: [on('user', 'iam:AttachUserPolicy')] },
    { method: 8, steps: [on('group', 'iam:AttachGroupPolicy')] },
    { method: 9, steps: [on('role', 'iam:AttachRolePolicy')] },
    { method: 10, steps: [on('user', 'iam:PutUserPolicy')] },
    { method: 11, steps: [on('group', 'iam:PutGroupPolicy')] },
    { method: 12, steps: [on('role', 'iam:PutRolePolicy')] },
    { method: 13, steps: [on('group', 'iam:AddUserToGroup')] },
    { method: 14, steps: [on('role', 'iam:UpdateAssumeRolePolicy'), on('role', 'sts:AssumeRole')] },
    {
        method: 15,
        steps: [
            passRole('lambda.amazonaws.com'),
            on('any', 'lambda:CreateFunction'),
            on('any', 'lambda:InvokeFunction'),
        ],
    },
    {
        method: 16,
        steps: [
            passRole('lambda.amazonaws.com'),
            on('any', 'lambda:CreateFunction'),
            on('any', 'lambda:CreateEventSourceMapping'),
        ],
    },
    { method: 17, steps: [on('any', 'lambda:UpdateFunctionCode')] },
    { method: 18, steps: [passRole('glue.amazonaws.com'), on('any', 'glue:CreateDevEndpoint')] },
    { method: 19, steps: [on('any', 'glue:UpdateDevEndpoint')] },
    {
        method: 20,
        steps: [passRole('cloudformation.amazonaws.com'), on('any', 'cloudformation:CreateStack')],
    },
    {
        method: 21,
        steps: [
            passRole('datapipeline.amazonaws.com'),
            on('any', 'datapipeline:CreatePipeline'),
            on('any', 'datapipeline:PutPipelineDefinition'),
        ],
    },
];
/** How a detail names a path: its actions joined by `+`. */
const pathName = (path) => path.steps.map((s) => s.action).join(' + ');
/** `arn:aws:iam::111122223333:user/`: the start of the ARNs of one IAM resource type. */
function typePrefix(principalArn, type) {
    const [, partition = 'aws', , , account = ''] = principalArn.split(':');
    return `arn:${partition}:iam::${account}:${type}/`;
}
const REACH_TYPE = {
    policy: 'policy',
    user: 'user',
    group: 'group',
    role: 'role',
    'other-user': 'user',
    'pass-role': 'role',
};
/** `user/${aws:username}`, under any path: the caller's own user, whatever the account field. */
const OWN_USER = /:user\/(?:.*\/)?\$\{aws:username\}$/i;
/**
 * Whether a Resource pattern that can match user ARNs can match a user other than `self`. A
 * pattern whose wildcards are all before `:user/` (`arn:aws:iam::*:user/u`) matches, in the
 * principal's account, only the user it names.
 */
function reachesOtherUser(pattern, self) {
    if (pattern === self || OWN_USER.test(pattern))
        return false;
    const at = pattern.indexOf(':user/');
    return !(at >= 0 && !hasWildcard(pattern.slice(at)) && wildcardMatch(pattern, self));
}
/**
 * A Resource pattern that names one role: no wildcard anywhere (`arn:aws:iam::*:role/admin`
 * matches the account's own role admin, so it counts as a pattern, not as a role's ARN).
 */
function namedRole(pattern) {
    if (!pattern.includes(':role/') || hasWildcard(pattern))
        return undefined;
    return pattern;
}
/**
 * Whether an Allow statement grants `step`: `yes`, `no`, or the ARNs of named roles whose
 * privileges decide it and could not be read.
 */
function grantsStep(s, step, context) {
    if (s.effect !== 'Allow' || !coversAction(s, step.action))
        return 'no';
    if (step.passedTo && !passesTo(s, step.passedTo))
        return 'no';
    const type = REACH_TYPE[step.reach];
    if (!type)
        return 'yes';
    const prefix = typePrefix(context.arn, type);
    if (!s.resource) {
        // NotResource grants every resource it does not list; no Resource at all reads as every one.
        return s.notResource && coversEvery(s.notResource, prefix) ? 'no' : 'yes';
    }
    const reaching = s.resource.filter((p) => mayMatchArnPrefix(p, prefix));
    if (step.reach === 'other-user') {
        return reaching.some((p) => reachesOtherUser(p, context.arn)) ? 'yes' : 'no';
    }
    if (step.reach !== 'pass-role')
        return reaching.length > 0 ? 'yes' : 'no';
    const unreadable = [];
    for (const pattern of reaching) {
        const role = namedRole(pattern);
        if (!role)
            return 'yes';
        const admin = context.roleIsAdmin(role);
        if (admin === true)
            return 'yes';
        if (admin === 'unreadable')
            unreadable.push(role);
    }
    return unreadable.length > 0 ? unreadable : 'no';
}
/**
 * Whether a PassRole statement lets the role go to `service`: every `iam:PassedToService`
 * condition must admit it (a positive one by matching a value, a negated one by matching none).
 */
function passesTo(s, service) {
    return conditionsOn(s, 'iam:PassedToService').every((c) => {
        const sense = operatorSense(c.operator);
        const matches = c.values.some((v) => wildcardMatch(v, service));
        if (sense === 'positive')
            return matches;
        return sense === 'negated' ? !matches : true;
    });
}
/** A Deny that binds unconditionally, covers the action and every resource the step reaches. */
function deniesStep(s, step, context) {
    if (s.effect !== 'Deny' || s.conditions.length > 0 || !coversAction(s, step.action))
        return false;
    if (!s.resource)
        return !s.notResource;
    const type = REACH_TYPE[step.reach];
    return type
        ? coversEvery(s.resource, typePrefix(context.arn, type))
        : s.resource.some((p) => /^\*+$/.test(p));
}
/**
 * Every path the statements grant in full: each step allowed by some statement and denied by
 * none. A path that lacks only steps hanging on unreadable roles names those roles instead.
 */
function escalationPaths(statements, context) {
    const hits = [];
    const unreadableRoles = new Set();
    for (const path of ESCALATION_PATHS) {
        const grants = [];
        const pending = [];
        let met = 0;
        for (const step of path.steps) {
            if (statements.some((s) => deniesStep(s.body, step, context)))
                break;
            let granted;
            const hanging = [];
            for (const s of statements) {
                const answer = grantsStep(s.body, step, context);
                if (answer === 'yes') {
                    granted = { action: step.action, policy: s.policy, statement: s.statement };
                    break;
                }
                if (Array.isArray(answer))
                    hanging.push(...answer);
            }
            if (granted)
                grants.push(granted);
            else if (hanging.length > 0)
                pending.push(...hanging);
            else
                break;
            met++;
        }
        if (met < path.steps.length)
            continue;
        if (pending.length === 0)
            hits.push({ path: pathName(path), method: path.method, grants });
        else
            pending.forEach((arn) => unreadableRoles.add(arn));
    }
    return { hits, unreadableRoles: [...unreadableRoles].sort() };
}

;// CONCATENATED MODULE: ./src/rules/iam-trust.ts
/**
 * Who a role's trust policy lets assume the role, as `iam.role-trust-too-broad` asks it: anyone
 * (a principal `*` that no condition pins to an account, organisation or principal), or any
 * GitHub repository (the GitHub Actions OIDC provider without a pinned `aud` and `sub`).
 */


/** The STS actions that assume a role; `sts:TagSession` and `sts:SetSourceIdentity` do not. */
const ASSUME_ACTIONS = [
    'sts:AssumeRole',
    'sts:AssumeRoleWithWebIdentity',
    'sts:AssumeRoleWithSAML',
];
/**
 * Keys present only when an AWS service assumes the role on behalf of a resource: a value
 * naming an account, organisation or resource confines the grant to that service call (IAM's
 * confused-deputy guidance, https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html).
 * `sts:ExternalId` is not one: the caller supplies it in its AssumeRole request, so it tells who
 * knows a value, not who the caller is; the guide pairs it with a principal naming the third
 * party's account, and with principal `*` any account that learns the value can assume the role.
 */
const SOURCE_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];
/** GitHub's issuer as the OIDC provider's ARN ends, with an enterprise's own issuer path. */
const GITHUB_PROVIDER = /:oidc-provider\/(token\.actions\.githubusercontent\.com(?:\/[^/]+)?)$/;
/** The audience GitHub's official action asks for, as GitHub's and AWS's guides pin it. */
const STS_AUDIENCE = 'sts.amazonaws.com';
/** Reads a trust policy's statements; `roleArn` matches a Resource element if one is there. */
function readTrustPolicy(statements, roleArn) {
    const reading = { open: [], unreadable: [] };
    const seen = new Set();
    for (const action of ASSUME_ACTIONS) {
        const verdict = grantToEveryone(statements, {
            action,
            resource: roleArn,
            caller: 'authenticated',
            confiningKeys: SOURCE_KEYS,
        });
        if (verdict.status !== 'open')
            continue;
        for (const grant of verdict.grants) {
            if (seen.has(grant.name))
                continue;
            seen.add(grant.name);
            const conditioned = grant.statement.conditions.length > 0;
            reading.open.push({
                statement: grant.name,
                who: conditioned
                    ? 'any AWS account (its conditions pin no account, organisation or principal)'
                    : 'any AWS account',
            });
        }
    }
    statements.forEach((statement, index) => {
        const issuer = githubIssuer(statement);
        if (!issuer || statement.effect !== 'Allow')
            return;
        if (!coversAction(statement, 'sts:AssumeRoleWithWebIdentity'))
            return;
        const name = statementName(statement, index);
        const result = readGithubStatement(statement, statements, issuer);
        if (result.kind === 'open')
            reading.open.push({ statement: name, who: result.who });
        if (result.kind === 'unreadable')
            reading.unreadable.push({ statement: name, who: result.who });
    });
    return reading;
}
/** The GitHub issuer a statement's Federated principal names, if any. */
function githubIssuer(statement) {
    for (const arn of statement.principal?.Federated ?? []) {
        const match = GITHUB_PROVIDER.exec(arn);
        if (match)
            return match[1];
    }
    return undefined;
}
/**
 * The conditions on `key` that every request through the statement must meet: the statement's
 * own positive ones, and, read as their positive form, the negated condition of a Deny that
 * binds the same provider with that condition alone (Deny unless `sub` is X allows only X).
 */
function pinningConditions(allow, statements, issuer, key) {
    const own = allow.conditions.filter((c) => c.key.toLowerCase() === key && operatorSense(c.operator) === 'positive');
    const fromDenies = statements.flatMap((s) => {
        if (s.effect !== 'Deny' || s.notPrincipal || s.conditions.length !== 1)
            return [];
        if (!coversAction(s, 'sts:AssumeRoleWithWebIdentity'))
            return [];
        const bindsAll = Object.entries(s.principal ?? {}).some(([type, ids]) => ids.some((id) => id === '*' || (type === 'Federated' && githubIssuer(s) === issuer)));
        const [c] = s.conditions;
        if (!bindsAll || c.key.toLowerCase() !== key || operatorSense(c.operator) !== 'negated') {
            return [];
        }
        const { base } = baseOperator(c.operator);
        return [{ ...c, operator: base.includes('like') ? 'StringLike' : 'StringEquals' }];
    });
    return [...own, ...fromDenies];
}
const isBroad = (r) => r.kind === 'broad';
const ANY_REPOSITORY = { kind: 'broad', who: 'any repository on GitHub', rank: 0 };
/**
 * Subjects GitHub issues (https://docs.github.com/en/actions/reference/security/oidc) for a
 * branch, a pull request and an environment of a repository of an owner no trust policy names.
 */
const PROBE_SUBJECTS = ['ref:refs/heads/main', 'pull_request', 'environment:production'].map((context) => `repo:posture-gate-probe-owner/posture-gate-probe-repo:${context}`);
/**
 * What one `sub` value lets in. Under StringEquals a value is exact (its `*` is a literal
 * character, so it names one subject); under StringLike it names specific repositories only
 * when the owner and the repository name are free of wildcards (`repo:org/app:*` is every
 * branch and environment of one repository, `repo:org/*` every repository of the owner).
 */
function readSubject(value, like) {
    if (!like || !hasWildcard(value))
        return { kind: 'pinned' };
    if (/^[*?]+$/.test(value))
        return ANY_REPOSITORY;
    const repo = /^repo:([^/:]*)(?:\/([^:]*))?/.exec(value);
    if (!repo) {
        // A pattern that does not start `repo:OWNER` may still match every repository (`*:*`,
        // `repo*`): it does if it matches subjects of an owner and a repository no policy names
        // (StringLike is case-sensitive).
        if (PROBE_SUBJECTS.some((subject) => (0,glob/* globMatch */.e)(value, subject)))
            return ANY_REPOSITORY;
        return {
            kind: 'unreadable',
            who: `a subject pattern "${value}" in a format the check does not read`,
        };
    }
    const [, owner = '', name] = repo;
    // `repo:org:*` (no slash) matches no subject GitHub issues; `repo:org*` any owner's.
    if (name === undefined)
        return hasWildcard(owner) ? ANY_REPOSITORY : { kind: 'pinned' };
    if (hasWildcard(owner)) {
        return hasWildcard(name)
            ? ANY_REPOSITORY
            : { kind: 'broad', who: `a repository named "${name}" of any GitHub owner`, rank: 0 };
    }
    if (/^[*?]*\*[*?]*$/.test(name)) {
        return { kind: 'broad', who: `any repository of the GitHub owner "${owner}"`, rank: 1 };
    }
    if (hasWildcard(name)) {
        return {
            kind: 'broad',
            who: `any repository of the GitHub owner "${owner}" whose name matches "${name}"`,
            rank: 2,
        };
    }
    return { kind: 'pinned' };
}
/** One condition: it pins when every value does; any broad value makes it broad. */
function readSubjectCondition(c) {
    const like = baseOperator(c.operator).base.includes('like');
    const readings = c.values.map((v) => readSubject(v, like));
    if (readings.length === 0)
        return ANY_REPOSITORY;
    const broad = readings.filter(isBroad);
    if (broad.length > 0)
        return broad.reduce((a, b) => (b.rank < a.rank ? b : a));
    return readings.find((r) => r.kind === 'unreadable') ?? { kind: 'pinned' };
}
/**
 * A GitHub OIDC statement. Its conditions all hold together, so one pinning `sub` condition pins
 * it; with none, the narrowest broad condition says who gets in, and a condition the check
 * cannot read (which might pin it) makes the statement unreadable rather than open.
 */
function readGithubStatement(allow, statements, issuer) {
    const audience = pinningConditions(allow, statements, issuer, `${issuer}:aud`);
    const audiencePinned = audience.some((c) => c.values.length > 0 && c.values.every((v) => v.toLowerCase() === STS_AUDIENCE));
    const subjects = pinningConditions(allow, statements, issuer, `${issuer}:sub`).map(readSubjectCondition);
    const broad = subjects.filter(isBroad);
    const unreadable = subjects.find((r) => r.kind === 'unreadable');
    const noAudience = `tokens of any audience (no "${issuer}:aud" condition of "${STS_AUDIENCE}")`;
    if (subjects.some((r) => r.kind === 'pinned')) {
        return audiencePinned
            ? { kind: 'pinned' }
            : { kind: 'open', who: `GitHub Actions ${noAudience}` };
    }
    if (unreadable)
        return { kind: 'unreadable', who: unreadable.who };
    const who = broad.length > 0
        ? `GitHub Actions workflows of ${broad.reduce((a, b) => (b.rank > a.rank ? b : a)).who}`
        : `GitHub Actions workflows of any repository on GitHub (no "${issuer}:sub" condition)`;
    return { kind: 'open', who: audiencePinned ? who : `${who}, with ${noAudience}` };
}

;// CONCATENATED MODULE: ./src/rules/iam.ts







/**
 * IAM checks judge principals (roles, users, groups; service-linked roles are left out by the
 * collector) through every policy that applies to them: inline policies and the default versions
 * of attached managed policies, a user's also through its groups. Results are reported under
 * region `global`.
 */
const LEARN_MORE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege';
const RESOURCE_TYPES = {
    role: 'AWS::IAM::Role',
    user: 'AWS::IAM::User',
    group: 'AWS::IAM::Group',
};
function ownSources(kind, owner, policies, through = '') {
    const inline = owner.inlinePolicies.map((p) => ({
        label: `inline policy "${p.name}" of ${kind} "${owner.name}"`,
        owner: 'inline',
        document: { ok: true, value: p.document },
        operation: 'iam:GetAccountAuthorizationDetails',
    }));
    const managed = owner.attachedPolicyArns.flatMap((arn) => {
        const policy = policies.get(arn);
        if (!policy) {
            return [
                {
                    label: `managed policy "${arn}"${through}`,
                    owner: (0,convert/* isAwsManagedPolicy */.$h)(arn) ? 'aws' : 'customer',
                    missing: true,
                },
            ];
        }
        return [
            {
                label: `${policy.awsManaged ? 'AWS' : 'customer'} managed policy "${(0,iam/* managedPolicyName */.h)(policy)}"${through}`,
                owner: policy.awsManaged ? 'aws' : 'customer',
                document: policy.document,
                operation: policy.awsManaged
                    ? 'iam:GetPolicyVersion'
                    : 'iam:GetAccountAuthorizationDetails',
            },
        ];
    });
    return [...inline, ...managed];
}
/**
 * The principals of each IAM part, made once: four checks read them, and each making its own
 * copy (labels and sources for every principal) left that many copies of garbage to collect.
 */
const principalsByPart = new WeakMap();
/** Every principal with the policies that apply to it; all four lists come from one listing. */
function principalsOf(iam) {
    let principals = principalsByPart.get(iam);
    if (!principals)
        principalsByPart.set(iam, (principals = principalsWithSources(iam)));
    return principals;
}
function principalsWithSources(iam) {
    const { roles, users, groups, managedPolicies } = iam;
    if (!roles.ok)
        return roles;
    if (!users.ok)
        return users;
    if (!groups.ok)
        return groups;
    if (!managedPolicies.ok)
        return managedPolicies;
    const policies = new Map(managedPolicies.value.map((p) => [p.arn, p]));
    const groupsByName = new Map(groups.value.map((g) => [g.name, g]));
    const principals = [
        ...roles.value.map((r) => ({
            kind: 'role',
            ...r,
            sources: ownSources('role', r, policies),
        })),
        ...users.value.map((u) => ({
            kind: 'user',
            ...u,
            sources: [
                ...ownSources('user', u, policies),
                ...u.groups.flatMap((name) => {
                    const group = groupsByName.get(name);
                    if (!group)
                        return [{ label: `group "${name}"`, owner: 'any', missing: true }];
                    return ownSources('group', group, policies, ` (through group "${name}")`);
                }),
            ],
        })),
        ...groups.value.map((g) => ({
            kind: 'group',
            ...g,
            sources: ownSources('group', g, policies),
        })),
    ];
    return { ok: true, value: principals };
}
function parseSource(source, cache) {
    if ('missing' in source)
        return { ok: false };
    if (!source.document.ok)
        return { ok: false, error: source.document.error };
    const text = source.document.value;
    let parsed = cache.get(text);
    if (!parsed) {
        try {
            parsed = { ok: true, statements: parsePolicy(text) };
        }
        catch (error) {
            const message = error.message;
            parsed = {
                ok: false,
                error: { operation: source.operation, code: 'MalformedPolicyDocument', message },
            };
        }
        cache.set(text, parsed);
    }
    return parsed;
}
/** Parsed policy texts, kept per IAM part: the three checks read the same documents. */
const parsedByPart = new WeakMap();
/** Reads the principal's policies of the owners given (a missing group's count for every owner). */
function readPolicies(principal, iam, reads) {
    let cache = parsedByPart.get(iam);
    if (!cache)
        parsedByPart.set(iam, (cache = new Map()));
    const statements = [];
    const unreadable = [];
    const sources = principal.sources.filter((s) => s.owner === 'any' || reads.includes(s.owner));
    for (const source of sources) {
        const parsed = parseSource(source, cache);
        if (!parsed.ok) {
            unreadable.push({ policy: source.label, error: parsed.error });
            continue;
        }
        parsed.statements.forEach((body, index) => {
            statements.push({ policy: source.label, statement: statementName(body, index), body });
        });
    }
    return { statements, unreadable, policiesRead: sources.length - unreadable.length };
}
/**
 * UNKNOWN for a principal some of whose policies could not be read: a failed call names the
 * permission to grant, so it is the one reported; else the first policy not collected.
 */
function unreadableVerdict(unreadable, evidence) {
    if (unreadable.length === 0)
        return undefined;
    const failure = unreadable.find((u) => u.error !== undefined)?.error;
    if (failure)
        return (0,kit/* unknown */.L5)(failure, evidence);
    const [first] = unreadable;
    return (0,kit/* undetermined */.nZ)(`Could not be assessed: ${first.policy} is not in the collected IAM data.`, evidence);
}
const principalRef = (principal) => ({
    region: kit/* GLOBAL_REGION */.ju,
    resourceId: principal.arn,
    resourceArn: principal.arn,
    resourceName: principal.name,
    resourceType: RESOURCE_TYPES[principal.kind],
});
/**
 * A check judged per principal over the policies of the owners it reads. A statement that allows
 * too much is a FAIL even when another policy could not be read; no hit and an unreadable or
 * uncollected policy (or group) is UNKNOWN, never PASS.
 */
function principalRule(meta, reads, test, passDetail) {
    return (0,kit/* resourceRule */.vE)({
        meta,
        resources: principalsOf,
        ref: principalRef,
        judge: (principal, iam) => {
            const { statements, unreadable, policiesRead } = readPolicies(principal, iam, reads);
            const hits = statements.flatMap((s) => {
                const allows = test(s.body);
                return allows === undefined ? [] : [{ policy: s.policy, statement: s.statement, allows }];
            });
            if (hits.length > 0) {
                const [first] = hits;
                const more = hits.length > 1 ? `; ${hits.length - 1} more statement(s) in the evidence` : '';
                return (0,kit/* fail */.fJ)(`Allows ${first.allows} through ${first.policy}, ${first.statement}${more}.`, {
                    statements: hits,
                    policiesRead,
                });
            }
            const evidence = { unreadable: unreadable.map((u) => u.policy), policiesRead };
            return (unreadableVerdict(unreadable, evidence) ??
                (0,kit/* pass */.IX)(`${passDetail} (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`, { policiesRead }));
        },
    });
}
/** `*` or `*:*`: every action of every service. */
const isEveryAction = (pattern) => /^\*+(:\*+)?$/.test(pattern);
/** `s3:*`: every action of a service (wildcards in the service name included). */
const isServiceWide = (pattern) => /^[^:]+:[*?]*\*[*?]*$/.test(pattern);
const READ_ONLY_PREFIXES = ['describe', 'list', 'get', 'batchget', 'head'];
/** True when every action the pattern can match is read-only: its fixed start names a read verb. */
function isReadOnlyPattern(pattern) {
    const colon = pattern.indexOf(':');
    if (colon < 0)
        return false;
    const [fixedStart = ''] = pattern.slice(colon + 1).split(/[*?]/);
    return READ_ONLY_PREFIXES.some((prefix) => fixedStart.toLowerCase().startsWith(prefix));
}
const allowsEveryResource = (s) => s.effect === 'Allow' && coversResource(s, '*');
const quoteList = (patterns) => patterns.map((p) => `"${p}"`).join(', ');
/**
 * How the detail names the resources of a statement that allows every resource: Resource "*", or
 * an Allow with NotResource, which grants everything but the resources it lists.
 */
const everyResourceWords = (s) => !s.resource && s.notResource
    ? `every resource except ${quoteList(s.notResource)} (NotResource)`
    : 'Resource "*"';
/** NotAction `*` excludes every action: the statement grants nothing. */
const grantsNoAction = (s) => (s.notAction ?? []).some(isEveryAction);
/** Action `*` on Resource `*`. */
const fullAdminStatement = (s) => allowsEveryResource(s) && (s.action ?? []).some(isEveryAction)
    ? `Action "*" on ${everyResourceWords(s)}`
    : undefined;
const fullAdmin = principalRule({
    id: 'iam.full-admin',
    title: 'IAM principal has full administrative privileges',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'Replace Action "*" on Resource "*" with the actions and resources the principal needs (IAM Access Analyzer can generate a policy from its activity); keep full administrators few and behind MFA.',
        url: LEARN_MORE,
    },
    frameworks: { fsbp: ['IAM.1'] },
    failWhen: 'Any policy of the principal (inline, customer managed, or AWS managed such as AdministratorAccess) has an `Allow` statement with Action `*` (or `*:*`) on Resource `*` or with a NotResource.',
}, ['inline', 'customer', 'aws'], fullAdminStatement, 'No statement allows Action "*" on Resource "*"');
const wildcardActions = principalRule({
    id: 'iam.wildcard-actions',
    title: 'IAM policy allows service-wide wildcard actions',
    service: 'iam',
    category: 'security',
    severity: 'high',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'List the actions the principal needs instead of "service:*" or NotAction in its inline and customer managed policies.',
        url: LEARN_MORE,
    },
    frameworks: { fsbp: ['IAM.21'] },
    failWhen: 'An inline or customer managed policy of the principal has an `Allow` statement, other than a full-admin one, with an action wildcard over a whole service (`s3:*`, or `*` on narrower resources) or with a NotAction.',
}, ['inline', 'customer'], (s) => {
    if (s.effect !== 'Allow' || fullAdminStatement(s) || grantsNoAction(s))
        return undefined;
    // Allow with NotAction grants every action of every service it does not name.
    if (s.notAction)
        return `every action except ${quoteList(s.notAction)} (NotAction)`;
    const wide = (s.action ?? []).filter((p) => isEveryAction(p) || isServiceWide(p));
    return wide.length > 0 ? `the wildcard action(s) ${quoteList(wide)}` : undefined;
}, 'No inline or customer managed policy allows a service-wide wildcard action');
const wildcardResources = principalRule({
    id: 'iam.wildcard-resources',
    title: 'IAM policy allows write actions on every resource',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'Name the resources (ARNs, or ARN patterns) that actions other than Describe, List, Get, BatchGet and Head may act on, in the inline and customer managed policies.',
        url: LEARN_MORE,
    },
    frameworks: {},
    failWhen: 'An inline or customer managed policy of the principal has an `Allow` statement on Resource `*` (or with a NotResource) that uses a NotAction or allows an action that is not read-only. Read-only means the action name after the service prefix starts with `Describe`, `List`, `Get`, `BatchGet` or `Head`.',
}, ['inline', 'customer'], (s) => {
    if (!allowsEveryResource(s) || grantsNoAction(s))
        return undefined;
    const resources = everyResourceWords(s);
    if (s.notAction) {
        return `every action except ${quoteList(s.notAction)} (NotAction) on ${resources}`;
    }
    const writes = (s.action ?? []).filter((p) => !isReadOnlyPattern(p));
    return writes.length > 0 ? `${quoteList(writes)} on ${resources}` : undefined;
}, 'No inline or customer managed policy allows actions other than reads on Resource "*"');
const ALL_OWNERS = ['inline', 'customer', 'aws'];
/** Whether any of the principal's readable policies makes it a full administrator. */
const isFullAdmin = (principal, iam) => readPolicies(principal, iam, ALL_OWNERS).statements.some((s) => fullAdminStatement(s.body));
/** Per IAM part: each role by ARN, whether it is a full administrator, or unreadable. */
const roleAdminByPart = new WeakMap();
function roleIsAdmin(iam, arn) {
    let known = roleAdminByPart.get(iam);
    if (!known) {
        known = new Map();
        roleAdminByPart.set(iam, known);
        // Out-of-scope roles too (see IamInventory.allRoles): passing one is a path all the same.
        const principals = principalsOf(iam.allRoles ? { ...iam, roles: { ok: true, value: iam.allRoles } } : iam);
        for (const role of principals.ok ? principals.value : []) {
            if (role.kind !== 'role')
                continue;
            const reading = readPolicies(role, iam, ALL_OWNERS);
            const admin = reading.statements.some((s) => fullAdminStatement(s.body));
            known.set(role.arn, admin || (reading.unreadable.length > 0 ? 'unreadable' : false));
        }
    }
    // A role the listing lacks is not a role of the account: passing it grants nothing.
    return known.get(arn) ?? false;
}
const grantWords = (hit) => hit.grants.map((g) => `${g.action} through ${g.policy}, ${g.statement}`).join('; ');
const privilegeEscalation = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'iam.privilege-escalation',
        title: 'IAM principal can escalate its own privileges',
        service: 'iam',
        category: 'security',
        severity: 'high',
        resourceType: RESOURCE_TYPES.role,
        remediation: {
            text: 'Remove the actions of the path, or confine them: name the resources (not other users, roles or policies), add iam:PassedToService and specific role ARNs to iam:PassRole, and set a permissions boundary on principals that manage IAM.',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
        },
        frameworks: {},
        failWhen: "The principal's policies (inline, customer and AWS managed, a user's groups' too) allow every action of a known privilege-escalation path (Rhino Security Labs' 21 methods: `iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:Attach*Policy`/`iam:Put*Policy` on any user, group or role, `iam:AddUserToGroup`, `iam:CreateAccessKey`/`iam:CreateLoginProfile`/`iam:UpdateLoginProfile` on users other than itself, `iam:UpdateAssumeRolePolicy` with `sts:AssumeRole`, `iam:PassRole` with `ec2:RunInstances`, with `lambda:CreateFunction` and `lambda:InvokeFunction` or `lambda:CreateEventSourceMapping`, with `glue:CreateDevEndpoint`, `cloudformation:CreateStack` or `datapipeline:CreatePipeline` and `PutPipelineDefinition`, `lambda:UpdateFunctionCode`, `glue:UpdateDevEndpoint`), with no unconditional Deny removing one of them. `iam:PassRole` counts on any role pattern with a wildcard and on a named role that is a full administrator, for the services `iam:PassedToService` admits. Full administrators are left to `iam.full-admin`.",
    },
    resources: principalsOf,
    ref: principalRef,
    appliesTo: (principal, iam) => !isFullAdmin(principal, iam),
    judge: (principal, iam) => {
        const { statements, unreadable, policiesRead } = readPolicies(principal, iam, ALL_OWNERS);
        const { hits, unreadableRoles } = escalationPaths(statements, {
            arn: principal.arn,
            roleIsAdmin: (arn) => roleIsAdmin(iam, arn),
        });
        if (hits.length > 0) {
            const [first] = hits;
            const more = hits.length > 1 ? `; ${hits.length - 1} more path(s) in the evidence` : '';
            return (0,kit/* fail */.fJ)(`Allows the privilege-escalation path ${first.path} (Rhino Security Labs method ${first.method}): ${grantWords(first)}${more}.`, { paths: hits, policiesRead });
        }
        const evidence = { unreadable: unreadable.map((u) => u.policy), policiesRead };
        const notRead = unreadableVerdict(unreadable, evidence);
        if (notRead)
            return notRead;
        const [role] = unreadableRoles;
        if (role) {
            return (0,kit/* undetermined */.nZ)(`Could not be assessed: iam:PassRole reaches role "${role}", whose policies could not be read.`, { unreadableRoles, policiesRead });
        }
        return (0,kit/* pass */.IX)(`No known privilege-escalation path is allowed (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`, { policiesRead });
    },
});
const roleTrustTooBroad = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'iam.role-trust-too-broad',
        title: 'IAM role can be assumed by anyone or by any GitHub repository',
        service: 'iam',
        category: 'security',
        severity: 'critical',
        resourceType: RESOURCE_TYPES.role,
        remediation: {
            text: 'Name the accounts or principals that may assume the role (or pin aws:PrincipalOrgID or aws:PrincipalAccount); for GitHub Actions, require token.actions.githubusercontent.com:aud "sts.amazonaws.com" and a token.actions.githubusercontent.com:sub naming the repositories (repo:OWNER/REPO:...).',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
        },
        frameworks: {},
        failWhen: 'An `Allow` statement of the trust policy for `sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity` or `sts:AssumeRoleWithSAML` has principal `*` (or `{"AWS": "*"}`) and no condition pinning the caller (`aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:PrincipalArn` or `aws:userid`, or for a service `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceOrgID`, `aws:SourceOrgPaths`; `sts:ExternalId` alone pins no one), with no Deny binding every other account; or trusts the GitHub OIDC provider `token.actions.githubusercontent.com` without a `...:aud` condition of `sts.amazonaws.com` and a `...:sub` condition naming specific repositories (under `StringLike`, `*`, `repo:*`, `repo:OWNER/*` or a wildcard in the repository name is a FAIL; a Deny with `StringNotLike`/`StringNotEquals` on `sub` or `aud` alone narrows like the positive form).',
    },
    resources: (iam) => iam.roles,
    ref: (role) => ({
        region: kit/* GLOBAL_REGION */.ju,
        resourceId: role.arn,
        resourceArn: role.arn,
        resourceName: role.name,
        resourceType: RESOURCE_TYPES.role,
    }),
    judge: (role) => {
        if (role.trustPolicy === undefined) {
            return (0,kit/* undetermined */.nZ)('Could not be assessed: the trust policy was not collected (the inventory predates it).');
        }
        let statements;
        try {
            statements = parsePolicy(role.trustPolicy);
        }
        catch (error) {
            if (!(error instanceof PolicyParseError))
                throw error;
            return (0,kit/* unknown */.L5)({
                operation: 'iam:GetAccountAuthorizationDetails',
                code: 'MalformedPolicyDocument',
                message: error.message,
            });
        }
        const { open, unreadable } = readTrustPolicy(statements, role.arn);
        if (open.length > 0) {
            const [first] = open;
            const more = open.length > 1 ? `; ${open.length - 1} more statement(s) in the evidence` : '';
            return (0,kit/* fail */.fJ)(`Lets ${first.who} assume the role through ${first.statement}${more}.`, {
                statements: open,
            });
        }
        const [first] = unreadable;
        if (first) {
            return (0,kit/* undetermined */.nZ)(`Could not be assessed: ${first.statement} admits ${first.who}.`, {
                statements: unreadable,
            });
        }
        return (0,kit/* pass */.IX)('No statement lets any AWS account or any GitHub repository assume the role.');
    },
});
/** The IAM checks of CHECKS.md, in catalogue order. */
const iamRules = [
    fullAdmin,
    wildcardActions,
    wildcardResources,
    privilegeEscalation,
    roleTrustTooBroad,
    ...iamCredentialRules,
];

;// CONCATENATED MODULE: ./src/rules/rds.ts


const rds_INSTANCE_TYPE = 'AWS::RDS::DBInstance';
const CLUSTER_TYPE = 'AWS::RDS::DBCluster';
/**
 * DescribeDBInstances and DescribeDBClusters also list Amazon DocumentDB and Neptune databases.
 * The same checks judge them, under their own resource types and with no framework mapping: the
 * RDS controls of Security Hub and CIS do not apply to them (CHECKS.md).
 */
const OTHER_ENGINES = {
    docdb: { instance: 'AWS::DocDB::DBInstance', cluster: 'AWS::DocDB::DBCluster' },
    neptune: { instance: 'AWS::Neptune::DBInstance', cluster: 'AWS::Neptune::DBCluster' },
};
function databaseRef({ kind, db }, region) {
    const ref = { region, resourceId: db.id, resourceArn: db.arn };
    const other = Object.hasOwn(OTHER_ENGINES, db.engine) ? OTHER_ENGINES[db.engine] : undefined;
    if (other)
        return { ...ref, resourceType: other[kind], frameworks: {} };
    return { ...ref, resourceType: kind === 'instance' ? rds_INSTANCE_TYPE : CLUSTER_TYPE };
}
const label = ({ kind }) => (kind === 'instance' ? 'DB instance' : 'DB cluster');
/**
 * Storage, backups, Multi-AZ and deletion protection of a cluster member (Aurora, Multi-AZ DB
 * cluster) are the cluster's settings: an Aurora instance reports MultiAZ and DeletionProtection
 * false whatever its cluster says. So members get no result of their own from these checks; the
 * cluster's result covers them and its detail says so.
 */
const notClusterMember = (db) => db.clusterId === undefined;
/** Appended to a cluster's detail: its members have no result of their own. */
function coversMembers(rds, cluster) {
    const members = (rds.instances.ok ? rds.instances.value : [])
        .filter((db) => db.clusterId === cluster.id)
        .map((db) => db.id);
    return members.length > 0
        ? ` This result covers the cluster's member instances: ${members.join(', ')}.`
        : '';
}
/**
 * A check judged per database of each region. A failed listing leaves databases unseen: one
 * account-level UNKNOWN for the region says so, beside the results for what was listed.
 */
function databaseRule(meta, applies, judge) {
    return (0,kit/* resourceRule */.vE)({
        meta,
        resources: (rds) => [
            (0,inventory/* mapFetched */.KX)(rds.instances, (list) => list.filter(applies.instances).map((db) => ({ kind: 'instance', db }))),
            ...(applies.clusters
                ? [
                    (0,inventory/* mapFetched */.KX)(rds.clusters, (list) => list.map((db) => ({ kind: 'cluster', db }))),
                ]
                : []),
        ],
        ref: databaseRef,
        judge: (database, rds) => {
            const { pass, detail, evidence } = judge(database);
            if (pass === undefined)
                return (0,kit/* undetermined */.nZ)(detail, evidence);
            const covers = database.kind === 'cluster' ? coversMembers(rds, database.db) : '';
            return (0,kit/* passIf */.n4)(pass, `${detail}${covers}`, evidence);
        },
    });
}
const storageUnencrypted = databaseRule({
    id: 'rds.storage-unencrypted',
    title: 'RDS storage not encrypted',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Encryption cannot be turned on in place: snapshot the database, copy the snapshot with a KMS key, and restore from the encrypted copy.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    },
    frameworks: { fsbp: ['RDS.3', 'RDS.27'], cis: ['2.3.1'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `StorageEncrypted` false. The result of a cluster covers its member instances.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.storageEncrypted,
    detail: `The ${label(database)}'s storage is ${database.db.storageEncrypted ? '' : 'not '}encrypted.`,
    evidence: { storageEncrypted: database.db.storageEncrypted, engine: database.db.engine },
}));
const publiclyAccessible = databaseRule({
    id: 'rds.publicly-accessible',
    title: 'RDS instance publicly accessible',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Modify the DB instance to turn off PubliclyAccessible and reach it from inside the VPC.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
    },
    frameworks: { fsbp: ['RDS.2'], cis: ['2.3.3'] },
    failWhen: 'A DB instance, cluster member or not, has `PubliclyAccessible` true.',
}, { instances: () => true, clusters: false }, (database) => {
    // Clusters are not judged here (`clusters: false`); only instances reach this.
    const open = database.kind === 'instance' ? database.db.publiclyAccessible : false;
    if (open === undefined) {
        return {
            pass: undefined,
            detail: 'PubliclyAccessible was not in the DescribeDBInstances answer: whether the endpoint is public is not known.',
            evidence: { publiclyAccessible: null },
        };
    }
    return {
        pass: !open,
        detail: open
            ? 'PubliclyAccessible is true: the endpoint resolves to a public IP address.'
            : 'PubliclyAccessible is false.',
        evidence: { publiclyAccessible: open },
    };
});
/** RDS.11's default minimum retention, in days. */
const MIN_BACKUP_RETENTION_DAYS = 7;
const backupRetentionShort = databaseRule({
    id: 'rds.backup-retention-short',
    title: 'RDS backup retention under 7 days',
    service: 'rds',
    category: 'resilience',
    severity: 'high',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: `Set the backup retention period to at least ${MIN_BACKUP_RETENTION_DAYS} days.`,
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
    },
    frameworks: { fsbp: ['RDS.11'] },
    failWhen: '`BackupRetentionPeriod` is below 7 days (0 means automated backups are off), on a DB cluster or on a DB instance that is neither a read replica nor a cluster member.',
}, 
// Read replicas take no automated backups of their own.
{ instances: (db) => notClusterMember(db) && db.readReplicaSource === undefined, clusters: true }, (database) => {
    const days = database.db.backupRetentionPeriod;
    return {
        pass: days >= MIN_BACKUP_RETENTION_DAYS,
        detail: days === 0
            ? `Automated backups are off (retention 0 days; at least ${MIN_BACKUP_RETENTION_DAYS} expected).`
            : `Backups are kept ${days} day${days === 1 ? '' : 's'} (at least ${MIN_BACKUP_RETENTION_DAYS} expected).`,
        evidence: { backupRetentionPeriod: days, minimum: MIN_BACKUP_RETENTION_DAYS },
    };
});
const singleAz = databaseRule({
    id: 'rds.single-az',
    title: 'RDS database not Multi-AZ',
    service: 'rds',
    category: 'resilience',
    severity: 'medium',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Modify the DB instance to Multi-AZ, or add a reader in another Availability Zone to the cluster.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
    },
    frameworks: { fsbp: ['RDS.5', 'RDS.15'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `MultiAZ` false.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.multiAz,
    detail: database.db.multiAz
        ? `The ${label(database)} is Multi-AZ.`
        : `The ${label(database)} runs in a single Availability Zone.`,
    evidence: { multiAz: database.db.multiAz },
}));
const deletionProtectionOff = databaseRule({
    id: 'rds.deletion-protection-off',
    title: 'RDS deletion protection off',
    service: 'rds',
    category: 'resilience',
    severity: 'high',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Turn on deletion protection on the DB instance or cluster.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
    },
    frameworks: { fsbp: ['RDS.7', 'RDS.8'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `DeletionProtection` false.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.deletionProtection,
    detail: `Deletion protection is ${database.db.deletionProtection ? 'on' : 'off'} for the ${label(database)}.`,
    evidence: { deletionProtection: database.db.deletionProtection },
}));
const SNAPSHOT_TYPES = { db: 'AWS::RDS::DBSnapshot', cluster: 'AWS::RDS::DBClusterSnapshot' };
/** DocumentDB and Neptune have cluster snapshots only; judged as their clusters are (above). */
const OTHER_ENGINE_SNAPSHOTS = {
    docdb: 'AWS::DocDB::DBClusterSnapshot',
    neptune: 'AWS::Neptune::DBClusterSnapshot',
};
function snapshotRef({ kind, snapshot }, region) {
    const ref = { region, resourceId: snapshot.id, resourceArn: snapshot.arn };
    const other = Object.hasOwn(OTHER_ENGINE_SNAPSHOTS, snapshot.engine)
        ? OTHER_ENGINE_SNAPSHOTS[snapshot.engine]
        : undefined;
    if (other)
        return { ...ref, resourceType: other, frameworks: {} };
    return { ...ref, resourceType: SNAPSHOT_TYPES[kind] };
}
const snapshotLabel = ({ kind, snapshot }) => `${snapshot.snapshotType} ${kind === 'db' ? 'DB snapshot' : 'DB cluster snapshot'} of ${snapshot.sourceId || 'an unnamed source'}`;
/** A listing the inventory lacks: the judged part of the region adds nothing from it. */
const NONE = { ok: true, value: [] };
/**
 * A check judged per DB and cluster snapshot. An inventory saved before snapshots were collected
 * has neither listing: one account-level UNKNOWN per region says so, never a silent PASS.
 */
function snapshotRule(meta, applies, uncollected, judge) {
    const listed = (0,kit/* resourceRule */.vE)({
        meta,
        resources: (rds) => [
            (0,inventory/* mapFetched */.KX)(rds.snapshots ?? NONE, (list) => list.map((snapshot) => ({ kind: 'db', snapshot }))),
            (0,inventory/* mapFetched */.KX)(rds.clusterSnapshots ?? NONE, (list) => list.map((snapshot) => ({ kind: 'cluster', snapshot }))),
        ],
        appliesTo: ({ snapshot }) => applies(snapshot),
        ref: snapshotRef,
        judge,
    });
    return {
        meta,
        *evaluate(inventory, context) {
            yield* listed.evaluate(inventory, context);
            yield* (0,kit/* partsOf */.CI)(inventory, 'rds')
                .filter(({ part }) => part.snapshots === undefined || part.clusterSnapshots === undefined)
                .map(({ region }) => (0,kit/* toFinding */.N6)({ region, resourceId: inventory.account, resourceType: kit/* ACCOUNT_TYPE */.HR }, (0,kit/* undetermined */.nZ)(`This inventory was saved before RDS snapshots were collected: ${uncollected} is unknown.`)));
        },
    };
}
/** The `restore` value that lets every AWS account copy or restore a snapshot. */
const EVERYONE = 'all';
const rds_snapshotPublic = snapshotRule({
    id: 'rds.snapshot-public',
    title: 'RDS snapshot public',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: SNAPSHOT_TYPES.db,
    remediation: {
        text: "Remove `all` from the snapshot's `restore` attribute (ModifyDBSnapshotAttribute or ModifyDBClusterSnapshotAttribute with ValuesToRemove `all`); share it with named accounts if it must be shared.",
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    },
    frameworks: { fsbp: ['RDS.1'] },
    failWhen: 'A manual DB snapshot or DB cluster snapshot of the account has `all` among the values of its `restore` attribute (DescribeDBSnapshotAttributes, DescribeDBClusterSnapshotAttributes): any AWS account can copy it or restore a database from it. Automated snapshots cannot be shared and are not judged; snapshots other accounts share with this one are not listed. A snapshot whose attribute could not be read is UNKNOWN, and so is each region of an inventory saved before snapshots were collected.',
}, (snapshot) => snapshot.snapshotType === 'manual', 'whether any DB or cluster snapshot is public', (item) => {
    const read = item.snapshot.restorableBy;
    if (read === undefined) {
        return (0,kit/* undetermined */.nZ)(`The ${snapshotLabel(item)} has no restore attribute in the inventory: whether it is public is unknown.`);
    }
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    const accounts = read.value.filter((value) => value !== EVERYONE);
    const evidence = { restore: read.value };
    const shared = accounts.length === 0
        ? 'shared with no other account'
        : `shared with ${accounts.length} named account${accounts.length === 1 ? '' : 's'}`;
    if (read.value.includes(EVERYONE)) {
        return (0,kit/* fail */.fJ)(`The ${snapshotLabel(item)} is public: its restore attribute includes all, so any AWS account can copy or restore it.`, evidence);
    }
    return (0,kit/* pass */.IX)(`The ${snapshotLabel(item)} is not public (${shared}).`, evidence);
});
const snapshotUnencrypted = snapshotRule({
    id: 'rds.snapshot-unencrypted',
    title: 'RDS snapshot not encrypted',
    service: 'rds',
    category: 'security',
    severity: 'medium',
    resourceType: SNAPSHOT_TYPES.db,
    remediation: {
        text: 'Copy the snapshot with a KMS key (CopyDBSnapshot or CopyDBClusterSnapshot with KmsKeyId) and delete the unencrypted original. Snapshots of an unencrypted database stay unencrypted until the database itself is encrypted (rds.storage-unencrypted).',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
    },
    frameworks: { fsbp: ['RDS.4'] },
    failWhen: 'A DB snapshot has `Encrypted` false, or a DB cluster snapshot has `StorageEncrypted` false: manual and automated snapshots of the account alike. A snapshot whose answer lacked the field is UNKNOWN, and so is each region of an inventory saved before snapshots were collected.',
}, () => true, 'whether any DB or cluster snapshot is unencrypted', (item) => {
    const { encrypted } = item.snapshot;
    const field = item.kind === 'db' ? 'Encrypted' : 'StorageEncrypted';
    if (encrypted === undefined) {
        return (0,kit/* undetermined */.nZ)(`${field} was not in the answer for the ${snapshotLabel(item)}: whether it is encrypted is unknown.`, { encrypted: null });
    }
    return (0,kit/* passIf */.n4)(encrypted, `The ${snapshotLabel(item)} is ${encrypted ? '' : 'not '}encrypted.`, {
        encrypted,
    });
});
const autoMinorUpgradeOff = databaseRule({
    id: 'rds.auto-minor-upgrade-off',
    title: 'RDS automatic minor version upgrades off',
    service: 'rds',
    category: 'security',
    severity: 'medium',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Modify the DB instance to turn on Auto minor version upgrade. For an Aurora cluster, turn it on for the cluster and for every instance in it: Aurora upgrades only when all of them have it on.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html',
    },
    frameworks: { fsbp: ['RDS.13'], cis: ['2.3.2'] },
    failWhen: 'A DB instance, cluster member or not, has `AutoMinorVersionUpgrade` false (each Aurora instance counts: Aurora applies a minor upgrade only when every instance of the cluster has it on). DocumentDB instances are not judged: the setting does not apply to DocumentDB. An instance whose answer lacked the field, or an inventory saved before it was collected, is UNKNOWN.',
}, 
// AWS: "This parameter does not apply to Amazon DocumentDB" (DocumentDB API, DBInstance).
{ instances: (db) => db.engine !== 'docdb', clusters: false }, (database) => {
    // Clusters are not judged here (`clusters: false`); only instances reach this.
    const on = database.kind === 'instance' ? database.db.autoMinorVersionUpgrade : undefined;
    if (on === undefined) {
        return {
            pass: undefined,
            detail: 'AutoMinorVersionUpgrade is not in the inventory (an answer without it, or an inventory saved before it was collected): whether minor upgrades are applied automatically is unknown.',
            evidence: { autoMinorVersionUpgrade: null },
        };
    }
    return {
        pass: on,
        detail: on
            ? 'Minor engine upgrades are applied automatically in the maintenance window.'
            : 'AutoMinorVersionUpgrade is false: minor engine upgrades, security fixes among them, wait for a manual upgrade.',
        evidence: { autoMinorVersionUpgrade: on, engine: database.db.engine },
    };
});
/** The RDS checks of CHECKS.md, in catalogue order. */
const rdsRules = [
    storageUnencrypted,
    publiclyAccessible,
    backupRetentionShort,
    singleAz,
    deletionProtectionOff,
    rds_snapshotPublic,
    snapshotUnencrypted,
    autoMinorUpgradeOff,
];

;// CONCATENATED MODULE: ./src/rules/s3.ts



const BUCKET_TYPE = 'AWS::S3::Bucket';
function bucketRef(bucket) {
    const ref = {
        region: bucket.region,
        resourceId: bucket.name,
        resourceArn: bucket.arn,
    };
    if (!bucket.tags.ok)
        return { ...ref, tagsUnread: bucket.tags.error };
    const name = tagValue(bucket.tags.value, 'Name');
    if (name !== undefined)
        ref.resourceName = name;
    return ref;
}
/** A check judged per bucket of the scanned regions. */
function bucketRule(meta, judge) {
    return (0,kit/* resourceRule */.vE)({ meta, resources: (s3) => s3.buckets, ref: bucketRef, judge });
}
const SETTINGS = [
    { key: 'blockPublicAcls', label: 'BlockPublicAcls' },
    { key: 'ignorePublicAcls', label: 'IgnorePublicAcls' },
    { key: 'blockPublicPolicy', label: 'BlockPublicPolicy' },
    { key: 'restrictPublicBuckets', label: 'RestrictPublicBuckets' },
];
/** true on, false off (or no configuration), undefined when the read failed. */
function settingOn(read, key) {
    if (!read.ok)
        return undefined;
    return read.value?.[key] === true;
}
function settingsEvidence(read) {
    if (!read.ok)
        return `unreadable (${read.error.operation} ${read.error.code})`;
    return read.value ?? 'none';
}
const publicAccessNotBlocked = bucketRule({
    id: 's3.public-access-not-blocked',
    title: 'S3 bucket public access not blocked',
    service: 's3',
    category: 'security',
    severity: 'critical',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Turn on all four Block Public Access settings (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets) on the account, which covers every bucket, or on the bucket.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    frameworks: { fsbp: ['S3.1', 'S3.8'], cis: ['2.1.4'] },
    failWhen: 'At least one of the four Block Public Access settings (`BlockPublicAcls`, `IgnorePublicAcls`, `BlockPublicPolicy`, `RestrictPublicBuckets`) is on neither the bucket nor the account; a missing configuration counts as all off.',
}, (bucket, s3) => {
    const off = [];
    const unsettled = [];
    for (const { key, label } of SETTINGS) {
        const onBucket = settingOn(bucket.publicAccessBlock, key);
        const onAccount = settingOn(s3.accountPublicAccessBlock, key);
        if (onBucket === true || onAccount === true)
            continue;
        if (onBucket === false && onAccount === false)
            off.push(label);
        else
            unsettled.push(label);
    }
    const evidence = {
        bucket: settingsEvidence(bucket.publicAccessBlock),
        account: settingsEvidence(s3.accountPublicAccessBlock),
    };
    if (off.length > 0) {
        return (0,kit/* fail */.fJ)(`${off.length} of 4 Block Public Access settings are off on both the bucket and the account: ${off.join(', ')}.`, { ...evidence, settingsOff: off });
    }
    const failure = unsettled.length > 0
        ? (0,kit/* firstFailure */.fx)(bucket.publicAccessBlock, s3.accountPublicAccessBlock)
        : undefined;
    if (failure)
        return (0,kit/* unknown */.L5)(failure, { ...evidence, undetermined: unsettled });
    return (0,kit/* pass */.IX)('All 4 Block Public Access settings are on, on the bucket or the account.', evidence);
});
const defaultEncryptionMissing = bucketRule({
    id: 's3.default-encryption-missing',
    title: 'S3 bucket default encryption missing',
    service: 's3',
    category: 'security',
    severity: 'high',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Set a default encryption configuration on the bucket: SSE-S3 (AES256), or SSE-KMS with a customer managed key and S3 Bucket Keys.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
    },
    frameworks: {},
    failWhen: 'The bucket has no default encryption configuration.',
}, (bucket) => {
    const read = bucket.encryption;
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    if (!read.value)
        return (0,kit/* fail */.fJ)('The bucket has no default encryption configuration.');
    const algorithms = [...new Set(read.value.map((rule) => rule.algorithm))];
    return (0,kit/* pass */.IX)(`Default encryption is ${algorithms.join(', ')}.`, { rules: read.value });
});
const versioningOff = bucketRule({
    id: 's3.versioning-off',
    title: 'S3 bucket versioning off',
    service: 's3',
    category: 'resilience',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Enable versioning on the bucket, with a lifecycle rule that expires noncurrent versions to bound the storage cost.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
    },
    frameworks: { fsbp: ['S3.14'] },
    failWhen: 'Versioning is not `Enabled`: it is `Suspended`, or was never turned on.',
}, (bucket) => {
    const read = bucket.versioning;
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    const evidence = { status: read.value };
    if (read.value === 'Enabled')
        return (0,kit/* pass */.IX)('Versioning is Enabled.', evidence);
    return (0,kit/* fail */.fJ)(read.value === null
        ? 'Versioning has never been enabled on the bucket.'
        : `Versioning is ${read.value}, not Enabled.`, evidence);
});
/** Every S3 action on every object of the bucket, by anyone, without TLS. */
function plainHttpToObjects(bucket) {
    return {
        action: { every: 's3:' },
        resource: bucket.arn ? { every: `${bucket.arn}/` } : undefined,
        caller: 'anyone',
        insecureTransport: true,
    };
}
const principalList = (principals) => Object.values(principals).flat().join(', ');
/**
 * What a Deny on aws:SecureTransport false leaves open over plain HTTP, as phrases: the callers
 * it spares, the actions and the objects it misses.
 */
function openOverHttp(statement, bucketArn) {
    const open = [];
    if (statement.notPrincipal) {
        open.push(`requests by the principals its NotPrincipal lists (${principalList(statement.notPrincipal)})`);
    }
    else if (!isPublicPrincipal(statement)) {
        open.push(`requests by principals other than ${principalList(statement.principal ?? {})}`);
    }
    const others = statement.conditions.filter((c) => c.key.toLowerCase() !== 'aws:securetransport');
    if (others.length > 0) {
        const spared = others.map((c) => `${c.operator} ${c.key}`).join(', ');
        open.push(`requests its other conditions spare (${spared})`);
    }
    if (statement.notAction) {
        open.push(`the actions its NotAction lists (${statement.notAction.join(', ')})`);
    }
    else if (!coversEvery(statement.action ?? [], 's3:')) {
        const listed = statement.action ?? [];
        open.push(listed.length > 0 ? `S3 actions other than ${listed.join(', ')}` : 'every S3 action');
    }
    if (statement.notResource) {
        open.push(`the resources its NotResource lists (${statement.notResource.join(', ')})`);
    }
    else if (statement.resource && bucketArn && !coversEvery(statement.resource, `${bucketArn}/`)) {
        // Patterns within the bucket (a prefix) cover some objects; others cover none of them.
        const prefix = `${bucketArn}/`.toLowerCase();
        const within = statement.resource.filter((p) => p.toLowerCase().startsWith(prefix));
        open.push(within.length > 0
            ? `objects outside ${within.join(', ')}`
            : `every object of the bucket (${bucketArn}/*)`);
    }
    if (open.length === 0)
        open.push('some requests');
    return open;
}
const s3_tlsNotEnforced = bucketRule({
    id: 's3.tls-not-enforced',
    title: 'S3 bucket does not enforce TLS',
    service: 's3',
    category: 'security',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Add a bucket policy statement with Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects (arn:aws:s3:::BUCKET and arn:aws:s3:::BUCKET/*), and Condition {"Bool": {"aws:SecureTransport": "false"}}.',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
    },
    frameworks: { fsbp: ['S3.5'], cis: ['2.1.1'] },
    failWhen: 'There is no bucket policy, or none of its statements denies every request over plain HTTP: a `Deny` with principal `*` (no NotPrincipal), condition `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`, string or boolean) and no other, Action `s3:*` or `*` (a list of some actions, or NotAction, leaves the rest open), and a Resource covering every object (`arn:aws:s3:::BUCKET/*` or wider; a prefix such as `BUCKET/logs/*`, or NotResource, is not enough). The detail names what a partial Deny leaves open. UNKNOWN when such a Deny names its resources and the bucket ARN is missing.',
}, (bucket) => {
    const read = bucket.policy;
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    if (read.value === null) {
        return (0,kit/* fail */.fJ)('The bucket has no policy, so requests without TLS are not denied.');
    }
    let statements;
    try {
        statements = parsePolicy(read.value);
    }
    catch (error) {
        // AWS accepted this policy, so failing to read it is ours: UNKNOWN, never a PASS or a FAIL.
        return (0,kit/* undetermined */.nZ)(`The bucket policy is unreadable (${error.message}), so whether it denies requests without TLS is not known.`);
    }
    // Every request without TLS must meet an explicit Deny: S3 allows by ACLs and identity
    // policies too, so a bucket policy that merely grants nothing enforces nothing.
    const verdict = explicitDeny(statements, plainHttpToObjects(bucket));
    if (verdict.status === 'denied') {
        const { sid } = verdict.deny.statement;
        const name = sid ? `statement ${sid}` : 'a statement';
        return (0,kit/* pass */.IX)(`The bucket policy denies requests with aws:SecureTransport false (${name}).`, {
            statement: verdict.deny.statement,
        });
    }
    if (verdict.status === 'unknown') {
        const names = verdict.unmatched.map((s) => s.name);
        return (0,kit/* undetermined */.nZ)(`Whether the bucket policy denies every request without TLS is not known: ${names.join(', ')} ${names.length === 1 ? 'names its' : 'name their'} resources, and the bucket's ARN was not collected.`, { statements: names });
    }
    const partial = statements
        .map((statement, index) => ({ statement, name: statementName(statement, index) }))
        .filter(({ statement }) => deniesOnInsecureTransport(statement));
    if (partial.length > 0) {
        const leaves = partial.map(({ statement, name }) => `${name} leaves ${joinAnd(openOverHttp(statement, bucket.arn))} open over plain HTTP`);
        return (0,kit/* fail */.fJ)(`The bucket policy denies requests without TLS only in part: ${leaves.join('; ')}.`, { statements: partial.map((s) => s.statement) });
    }
    return (0,kit/* fail */.fJ)('No statement of the bucket policy denies requests with aws:SecureTransport false.');
});
/** A read this inventory lacks because it was saved before the read was collected. */
function s3_notCollected(read, question) {
    return (0,kit/* undetermined */.nZ)(`This inventory was saved before the bucket's ${read} was collected, so ${question} is not known.`);
}
function blocking(bucket, s3, key) {
    const onBucket = settingOn(bucket.publicAccessBlock, key);
    const onAccount = settingOn(s3.accountPublicAccessBlock, key);
    if (onBucket === true)
        return { on: 'the bucket' };
    if (onAccount === true)
        return { on: 'the account' };
    const failure = (0,kit/* firstFailure */.fx)(bucket.publicAccessBlock, s3.accountPublicAccessBlock);
    return failure ? { failure } : { off: true };
}
const s3_closed = (phrase) => ({ status: 'closed', phrase });
const unsettled = (verdict) => ({ status: 'unknown', verdict });
/** Public unless the setting is on; UNKNOWN when whether it is on could not be read. */
function unlessBlocked(block, label, phrase) {
    if ('failure' in block)
        return unsettled((0,kit/* unknown */.L5)(block.failure));
    return {
        status: 'public',
        phrase: `${phrase}, and ${label} is on neither the bucket nor the account`,
    };
}
const CALLERS = ['anonymous', 'authenticated'];
/**
 * posture-gate's own reading of a bucket policy, for an answer of GetBucketPolicyStatus without
 * IsPublic (moto): the statements whose grant to everyone stands once the Denies are weighed.
 * Each public Allow is asked about for its own actions and resources, so a Deny of part of them
 * leaves the rest open. Undefined when the reading turns on a statement it cannot match.
 */
function grantsToEveryone(statements, bucketArn) {
    const open = new Map();
    let undecided = false;
    for (const statement of statements) {
        if (statement.effect !== 'Allow' || !isPublicPrincipal(statement))
            continue;
        for (const action of statement.action ?? ['*']) {
            for (const resource of statement.resource ?? [bucketArn]) {
                for (const caller of CALLERS) {
                    const verdict = grantToEveryone(statements, { action, resource, caller });
                    if (verdict.status === 'open')
                        for (const g of verdict.grants)
                            open.set(g.name, g);
                    if (verdict.status === 'unknown')
                        undecided = true;
                }
            }
        }
    }
    if (open.size === 0 && undecided)
        return undefined;
    return [...open.values()];
}
/** Whether the bucket policy makes the bucket public: AWS's IsPublic first, then our reading. */
function policyExposure(bucket, s3) {
    const restrict = blocking(bucket, s3, 'restrictPublicBuckets');
    if ('on' in restrict) {
        return s3_closed(`RestrictPublicBuckets is on for ${restrict.on}, so no policy makes it public`);
    }
    // Undecided by the policy: a failed read of RestrictPublicBuckets, which would decide, is named.
    const undecided = (verdict) => unsettled('failure' in restrict ? (0,kit/* unknown */.L5)(restrict.failure) : verdict);
    const status = bucket.policyStatus;
    if (!status)
        return undecided(s3_notCollected('policy status', 'whether it is public'));
    if (!status.ok)
        return unsettled((0,kit/* unknown */.L5)(status.error));
    if (status.value === null)
        return s3_closed('it has no bucket policy');
    if (status.value.isPublic === false) {
        return s3_closed('AWS evaluates its bucket policy as not public');
    }
    if (status.value.isPublic === true) {
        return unlessBlocked(restrict, 'RestrictPublicBuckets', 'AWS evaluates its bucket policy as public (GetBucketPolicyStatus IsPublic)');
    }
    const read = bucket.policy;
    if (!read.ok)
        return unsettled((0,kit/* unknown */.L5)(read.error));
    if (read.value === null)
        return s3_closed('it has no bucket policy');
    const noVerdict = 'GetBucketPolicyStatus gave no IsPublic';
    let grants;
    try {
        grants = grantsToEveryone(parsePolicy(read.value), bucket.arn);
    }
    catch (error) {
        return undecided((0,kit/* undetermined */.nZ)(`${noVerdict}, and the bucket policy is unreadable (${error.message}), so whether it is public is not known.`));
    }
    if (!grants || grants.length === 0) {
        // Our reading is stricter than AWS's in places, never proof of a private policy.
        return undecided((0,kit/* undetermined */.nZ)(`${noVerdict}, and posture-gate's own reading of the bucket policy finds no grant to everyone, which does not settle it: whether the policy is public is not known.`));
    }
    const actions = [...new Set(grants.flatMap((g) => g.statement.action ?? ['*']))];
    return unlessBlocked(restrict, 'RestrictPublicBuckets', `${noVerdict}, and by posture-gate's own reading its bucket policy grants ${actions.join(', ')} to everyone (${grants.map((g) => g.name).join(', ')})`);
}
/** The ACL groups that make a bucket public, and who they are. */
const PUBLIC_GROUPS = {
    'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers (everyone)',
    'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers (any AWS account)',
};
/** Whether the bucket ACL makes the bucket public. */
function aclExposure(bucket, s3) {
    const ignore = blocking(bucket, s3, 'ignorePublicAcls');
    if ('on' in ignore) {
        return s3_closed(`IgnorePublicAcls is on for ${ignore.on}, so no ACL makes it public`);
    }
    const acl = bucket.acl;
    if (!acl) {
        const failure = 'failure' in ignore ? ignore.failure : undefined;
        return unsettled(failure ? (0,kit/* unknown */.L5)(failure) : s3_notCollected('ACL', 'whether it is public'));
    }
    if (!acl.ok)
        return unsettled((0,kit/* unknown */.L5)(acl.error));
    const grants = acl.value.flatMap((grant) => {
        const who = grant.granteeType === 'Group' && grant.uri ? PUBLIC_GROUPS[grant.uri] : undefined;
        return who ? [`${grant.permission} to ${who}`] : [];
    });
    if (grants.length === 0)
        return s3_closed('its ACL grants nothing to AllUsers or AuthenticatedUsers');
    return unlessBlocked(ignore, 'IgnorePublicAcls', `its ACL grants ${joinAnd(grants)}`);
}
const bucketPublic = bucketRule({
    id: 's3.bucket-public',
    title: 'S3 bucket is public',
    service: 's3',
    category: 'security',
    severity: 'critical',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Turn on Block Public Access for the account or the bucket (at least RestrictPublicBuckets and IgnorePublicAcls), then remove the public statements from the bucket policy and the AllUsers and AuthenticatedUsers grants from the ACL; serve public content through CloudFront with origin access control instead.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    frameworks: { fsbp: ['S3.2', 'S3.3'] },
    failWhen: "The bucket is public by AWS's own evaluation: `GetBucketPolicyStatus` says `IsPublic` and `RestrictPublicBuckets` is on neither the bucket nor the account, or its ACL grants any permission to the `AllUsers` or `AuthenticatedUsers` group and `IgnorePublicAcls` is on neither. The detail says which. When the policy status has no `IsPublic` (the moto emulator), posture-gate's own reading of the bucket policy decides a grant to everyone, and the detail says so; finding none leaves it UNKNOWN, never PASS.",
}, (bucket, s3) => {
    const exposures = [policyExposure(bucket, s3), aclExposure(bucket, s3)];
    const phrases = (status) => exposures.flatMap((e) => (e.status === status ? [e.phrase] : []));
    const evidence = {
        policyStatus: bucket.policyStatus?.ok ? bucket.policyStatus.value : null,
        acl: bucket.acl?.ok ? bucket.acl.value : null,
    };
    const opened = phrases('public');
    if (opened.length > 0)
        return (0,kit/* fail */.fJ)(`The bucket is public: ${opened.join('; ')}.`, evidence);
    for (const exposure of exposures)
        if (exposure.status === 'unknown')
            return exposure.verdict;
    return (0,kit/* pass */.IX)(`The bucket is not public: ${phrases('closed').join('; ')}.`, evidence);
});
const aclsEnabled = bucketRule({
    id: 's3.acls-enabled',
    title: 'S3 bucket ACLs enabled',
    service: 's3',
    category: 'security',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Set Object Ownership to BucketOwnerEnforced, which disables ACLs; first move any access the ACLs grant (such as log delivery) into the bucket policy.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    },
    frameworks: { fsbp: ['S3.12'] },
    failWhen: 'Object Ownership is not `BucketOwnerEnforced` (`BucketOwnerPreferred`, `ObjectWriter`, or no ownership controls at all), so ACLs still apply.',
}, (bucket) => {
    const read = bucket.objectOwnership;
    if (!read)
        return s3_notCollected('Object Ownership', 'whether ACLs apply');
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    const evidence = { objectOwnership: read.value };
    if (read.value === 'BucketOwnerEnforced') {
        return (0,kit/* pass */.IX)('Object Ownership is BucketOwnerEnforced: ACLs are disabled.', evidence);
    }
    return (0,kit/* fail */.fJ)(read.value === null
        ? 'The bucket has no ownership controls, so ACLs apply (Object Ownership is not BucketOwnerEnforced).'
        : `Object Ownership is ${read.value}, not BucketOwnerEnforced, so ACLs still apply.`, evidence);
});
const accessLoggingOff = bucketRule({
    id: 's3.access-logging-off',
    title: 'S3 server access logging off',
    service: 's3',
    category: 'operations',
    severity: 'low',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Turn on server access logging, delivering to a separate bucket in the same Region (one that is not itself logged into).',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    },
    frameworks: { fsbp: ['S3.9'] },
    failWhen: 'Server access logging is off: `GetBucketLogging` has no `LoggingEnabled`.',
}, (bucket) => {
    const read = bucket.logging;
    if (!read)
        return s3_notCollected('logging configuration', 'whether access logging is on');
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    if (read.value === null)
        return (0,kit/* fail */.fJ)('Server access logging is off.', { logging: null });
    const { targetBucket, targetPrefix } = read.value;
    const prefix = targetPrefix ? ` under prefix ${targetPrefix}` : '';
    return (0,kit/* pass */.IX)(`Server access logging delivers to bucket ${targetBucket}${prefix}.`, {
        logging: read.value,
    });
});
/** "a", "a and b", "a, b and c". */
function joinAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** The S3 checks of CHECKS.md, in catalogue order. */
const s3Rules = [
    publicAccessNotBlocked,
    defaultEncryptionMissing,
    versioningOff,
    s3_tlsNotEnforced,
    bucketPublic,
    aclsEnabled,
    accessLoggingOff,
];

;// CONCATENATED MODULE: ./src/rules/sg.ts


const GROUP_TYPE = 'AWS::EC2::SecurityGroup';
const RULES_URL = 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html';
/** Security Hub EC2.19's fixed list, which also holds EC2.53/54's 22 and 3389. */
const HIGH_RISK_PORTS = [
    20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500,
    5601, 8080, 8088, 8888, 9200, 9300,
];
const PROTOCOLS = ['tcp', 'udp'];
function groupRef(group, region) {
    return { region, resourceId: group.id, resourceArn: group.arn, resourceName: group.name };
}
/** How many network interfaces use the group, or null when that listing failed. */
function attachments(group, sg) {
    return sg.networkInterfaceCounts.ok ? (sg.networkInterfaceCounts.value[group.id] ?? 0) : null;
}
/** The sentence every security-group result ends with: is the group in use at all? */
function attachmentNote(group, sg) {
    if (!sg.networkInterfaceCounts.ok) {
        const { operation, code } = sg.networkInterfaceCounts.error;
        return `Whether it is attached to a network interface is unknown (${operation} failed with ${code}).`;
    }
    const count = attachments(group, sg);
    if (count === 0)
        return 'It is not attached to any network interface.';
    return `It is attached to ${count} network interface${count === 1 ? '' : 's'}.`;
}
/** A check judged per security group of each region, every detail saying whether it is in use. */
function groupRule(meta, expose, passDetail) {
    return (0,kit/* resourceRule */.vE)({
        meta,
        resources: (sg) => sg.groups,
        ref: groupRef,
        judge: (group, sg) => {
            const exposure = expose(group, sg.prefixLists);
            const attachment = attachmentNote(group, sg);
            const networkInterfaces = attachments(group, sg);
            if (!exposure)
                return (0,kit/* pass */.IX)(`${passDetail} ${attachment}`, { networkInterfaces });
            if ('open' in exposure) {
                const { detail, evidence } = exposure.open;
                return (0,kit/* fail */.fJ)(`${detail} ${attachment}`, { ...evidence, networkInterfaces });
            }
            const { prefixLists, failure, what } = exposure.unresolved;
            const evidence = { prefixLists, networkInterfaces };
            return failure
                ? (0,kit/* unknown */.L5)(failure, evidence)
                : (0,kit/* undetermined */.nZ)(`${uncollectedPrefixLists(prefixLists, what)} ${attachment}`, evidence);
        },
    });
}
/** Where prefix lists left ports undecided: the lists, the first failed read, the ports. */
class Unresolved {
    prefixLists = new Set();
    failure;
    ports = new Set();
    add(prefixLists, failure, port) {
        prefixLists.forEach((id) => this.prefixLists.add(id));
        this.failure ??= failure;
        if (port !== undefined)
            this.ports.add(port);
    }
    exposure(what) {
        if (this.prefixLists.size === 0)
            return undefined;
        const prefixLists = [...this.prefixLists].sort();
        return {
            unresolved: { prefixLists, what, ...(this.failure ? { failure: this.failure } : {}) },
        };
    }
}
/**
 * Each high-risk port the internet reaches, with by which protocols and sources; and the ports
 * that prefix lists with missing entries leave undecided.
 */
function openHighRiskPorts(group, prefixLists) {
    const open = [];
    const unresolved = new Unresolved();
    for (const port of HIGH_RISK_PORTS) {
        const protocols = new Set();
        const sources = new Set();
        for (const protocol of PROTOCOLS) {
            const reaching = group.ingress.filter((p) => ingressReaches(p, protocol, port));
            const reach = internetReach(reaching, prefixLists);
            if (reach.status === 'open') {
                protocols.add(protocol);
                reach.sources.forEach((source) => sources.add(source));
            }
            else if (reach.status === 'unresolved') {
                unresolved.add(reach.prefixLists, reach.failure, port);
            }
        }
        if (protocols.size > 0)
            open.push({ port, protocols: [...protocols], sources: [...sources].sort() });
    }
    return { open, unresolved };
}
const highRiskPortOpen = groupRule({
    id: 'sg.high-risk-port-open',
    title: 'Security group opens a high-risk port to the internet',
    service: 'sg',
    category: 'security',
    severity: 'critical',
    resourceType: GROUP_TYPE,
    remediation: {
        text: 'Remove the ingress rules that open these ports to the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address); allow only known CIDRs or security groups, or reach hosts through Systems Manager Session Manager.',
        url: RULES_URL,
    },
    frameworks: { fsbp: ['EC2.19', 'EC2.53', 'EC2.54'], cis: ['5.2', '5.3'] },
    failWhen: "Ingress from the internet (`0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do) reaches TCP or UDP port 20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200 or 9300: by that port, by a range covering it, or with protocol `-1`. When a prefix list reaching such a port could not be read and nothing else opens one, the result is UNKNOWN.",
}, (group, prefixLists) => {
    const { open, unresolved } = openHighRiskPorts(group, prefixLists);
    if (open.length === 0) {
        const ports = [...unresolved.ports];
        return unresolved.exposure(`port${ports.length === 1 ? '' : 's'} ${ports.join(', ')}`);
    }
    // Ports reached the same way are named together, in the detail (`3000, 3306 (tcp from ::/0)`)
    // and in the evidence: a group open to all traffic is one entry, not 24.
    const byWay = new Map();
    for (const { port, protocols, sources } of open) {
        const way = `${protocols.join('/')} from ${sources.join(', ')}`;
        const same = byWay.get(way);
        if (same)
            same.ports.push(port);
        else
            byWay.set(way, { ports: [port], protocols, sources });
    }
    const ports = [...byWay].map(([way, { ports: list }]) => `${list.join(', ')} (${way})`);
    return {
        open: {
            detail: `High-risk port${open.length === 1 ? '' : 's'} open to the internet: ${ports.join('; ')}.`,
            evidence: { openPorts: [...byWay.values()] },
        },
    };
}, 'No ingress from the internet reaches a high-risk port.');
const allPortsOpen = groupRule({
    id: 'sg.all-ports-open',
    title: 'Security group opens every port to the internet',
    service: 'sg',
    category: 'security',
    severity: 'critical',
    resourceType: GROUP_TYPE,
    remediation: {
        text: 'Replace the all-traffic or full-range (0-65535, 1-65535) ingress rules open to the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address) with rules for the ports the workload serves.',
        url: RULES_URL,
    },
    frameworks: {},
    failWhen: "Ingress from the internet (`0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do) to all ports: by protocol `-1`, or by a TCP or UDP rule over a range from 0 or 1 to 65535 (or with no ports given). When a prefix list of such a rule could not be read and nothing else opens every port, the result is UNKNOWN.",
}, (group, prefixLists) => {
    // Per protocol, the permissions opening every port; -1 opens every port of both.
    const rules = [];
    const unresolved = new Unresolved();
    for (const protocol of PROTOCOLS) {
        const everyPort = group.ingress.filter((p) => coversProtocol(p, protocol) && opensEveryPort(p));
        const reach = internetReach(everyPort, prefixLists);
        if (reach.status === 'open')
            rules.push(...reach.rules);
        else if (reach.status === 'unresolved')
            unresolved.add(reach.prefixLists, reach.failure);
    }
    if (rules.length === 0)
        return unresolved.exposure('every port');
    // A -1 rule found for tcp and udp is named once, with every source found for it.
    const sourcesOf = new Map();
    for (const rule of rules) {
        const known = sourcesOf.get(rule.permission) ?? new Set();
        rule.sources.forEach((source) => known.add(source));
        sourcesOf.set(rule.permission, known);
    }
    const described = group.ingress.flatMap((permission) => {
        const sources = sourcesOf.get(permission);
        return sources ? [describeExposingRules([{ permission, sources: [...sources] }])] : [];
    });
    return {
        open: {
            detail: `Every port is open to the internet: ${described.join('; ')}.`,
            evidence: { rules: described },
        },
    };
}, 'No ingress from the internet opens every port.');
/** The security group checks of CHECKS.md, in catalogue order. */
// The default security group check (issue 12).
/** One permission in words: `all traffic` or `tcp 22`, and its peers (CIDRs, prefix lists, groups). */
function sg_describePermission(permission) {
    const { IpProtocol: protocol = '', FromPort: from, ToPort: to } = permission;
    const traffic = protocol === '-1'
        ? 'all traffic'
        : from === undefined || from === to
            ? `${protocol}${from === undefined ? '' : ` ${from}`}`
            : `${protocol} ${from}-${to}`;
    const peers = [
        ...(permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
        ...(permission.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
        ...(permission.PrefixListIds ?? []).flatMap((l) => (l.PrefixListId ? [l.PrefixListId] : [])),
    ];
    // The reduced permission keeps no group references: a permission with no other peer names groups.
    return `${traffic} with ${peers.length > 0 ? peers.join(', ') : 'security groups'}`;
}
function countOf(permissions, direction) {
    const n = permissions.length;
    return `${n} ${direction} permission${n === 1 ? '' : 's'}${n > 0 ? ` (${permissions.map(sg_describePermission).join('; ')})` : ''}`;
}
const defaultGroupNotRestricted = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'sg.default-group-not-restricted',
        title: "VPC's default security group has rules",
        service: 'sg',
        category: 'security',
        severity: 'high',
        resourceType: GROUP_TYPE,
        remediation: {
            text: 'Move what uses the default security group to least-privilege groups of its own, then remove every inbound and outbound rule of the default group (it cannot be deleted).',
            url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
        },
        frameworks: { fsbp: ['EC2.2'], cis: ['5.4'] },
        failWhen: "A VPC's default security group (GroupName `default`, with a VpcId) has any inbound or outbound rule: IPv4 or IPv6 ranges, prefix lists or security group references. UNKNOWN when it has no inbound rule and its outbound rules were not collected (an inventory saved before they were).",
    },
    resources: (sg) => sg.groups,
    ref: groupRef,
    appliesTo: (group) => group.name === 'default' && group.vpcId !== undefined,
    judge: (group, sg) => {
        const networkInterfaces = attachments(group, sg);
        const attachment = attachmentNote(group, sg);
        const vpc = group.vpcId ?? '';
        const evidence = {
            vpcId: vpc,
            inbound: group.ingress.length,
            outbound: group.egress?.length ?? null,
            networkInterfaces,
        };
        if (group.egress === undefined && group.ingress.length === 0) {
            return (0,kit/* undetermined */.nZ)(`The default security group of ${vpc} has no inbound rule, and this inventory was saved before outbound rules were collected: whether it allows outbound traffic is unknown. ${attachment}`, evidence);
        }
        const egress = group.egress ?? [];
        if (group.ingress.length === 0 && egress.length === 0) {
            return (0,kit/* pass */.IX)(`The default security group of ${vpc} has no inbound and no outbound rule. ${attachment}`, evidence);
        }
        const outbound = group.egress === undefined ? 'outbound rules not collected' : countOf(egress, 'outbound');
        return (0,kit/* fail */.fJ)(`The default security group of ${vpc} allows traffic: ${countOf(group.ingress, 'inbound')}, ${outbound}. ${attachment}`, evidence);
    },
});
const sgRules = [highRiskPortOpen, allPortsOpen, defaultGroupNotRestricted];

;// CONCATENATED MODULE: ./src/rules/index.ts






/** Every check posture-gate knows, in catalogue order. */
const ALL_RULES = [
    ...efsRules,
    ...ec2Rules,
    ...sgRules,
    ...rdsRules,
    ...s3Rules,
    ...iamRules,
];


/***/ }),

/***/ 7163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ fieldRule),
/* harmony export */   CI: () => (/* binding */ partsOf),
/* harmony export */   HR: () => (/* binding */ ACCOUNT_TYPE),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   N6: () => (/* binding */ toFinding),
/* harmony export */   QR: () => (/* binding */ ageInDays),
/* harmony export */   SM: () => (/* binding */ isUsageCheck),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   fx: () => (/* binding */ firstFailure),
/* harmony export */   ju: () => (/* binding */ GLOBAL_REGION),
/* harmony export */   l5: () => (/* binding */ regionRule),
/* harmony export */   n4: () => (/* binding */ passIf),
/* harmony export */   n8: () => (/* binding */ notCollectedFindings),
/* harmony export */   nZ: () => (/* binding */ undetermined),
/* harmony export */   tJ: () => (/* binding */ listingUnknown),
/* harmony export */   vE: () => (/* binding */ resourceRule)
/* harmony export */ });
/* unused harmony exports failureAdvice, unknownFinding, missingRegions */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9378);
/* harmony import */ var _aws_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1105);
// The rule kit: how every check turns the inventory into findings. A check is its metadata plus a
// judge that returns a verdict for one resource; the kit finds the resources, skips what the check
// does not apply to, and owns the UNKNOWNs of a failed listing or an uncollected service.


const withEvidence = (evidence) => evidence ? { evidence } : {};
const pass = (detail, evidence) => ({
    status: 'PASS',
    detail,
    ...withEvidence(evidence),
});
const fail = (detail, evidence, monthlySavingsUsd) => ({
    status: 'FAIL',
    detail,
    ...withEvidence(evidence),
    ...(monthlySavingsUsd !== undefined ? { monthlySavingsUsd } : {}),
});
const unknown = (failure, evidence) => ({
    status: 'UNKNOWN',
    failure,
    ...withEvidence(evidence),
});
/** UNKNOWN without a failed call: the answer came but cannot decide. */
const undetermined = (detail, evidence) => ({
    status: 'UNKNOWN',
    detail,
    ...withEvidence(evidence),
});
/** PASS or FAIL by a test's outcome, with one detail sentence for both. */
const passIf = (passed, detail, evidence) => (passed ? pass(detail, evidence) : fail(detail, evidence));
/** A scanned service with no part and no recorded failure in the inventory. */
const NOT_COLLECTED = 'NotCollected';
/**
 * Why a call failed, by its class, in the words a user can act on. Only a denied call names a
 * permission to grant.
 */
function failureAdvice(failure, permission) {
    const { code } = failure;
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isExpiredSession */ .oo)(code))
        return ': the session expired during the scan (raise role-duration-seconds)';
    if (code === _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_DEADLINE */ .fp)
        return ': the scan-timeout-minutes deadline passed first';
    if (code === NOT_COLLECTED)
        return '';
    switch ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classOf */ .Kl)(failure)) {
        case 'denied':
            return `; the scan needs ${permission}`;
        case 'throttled':
            return ': AWS throttled it through every retry (raise max-attempts or scan less at once)';
        case 'not-found':
            return ': not found';
        case 'timeout':
            return ': it timed out on every attempt';
        case 'network':
            return ': a network error (the endpoint could not be reached)';
        case 'malformed':
            return ': the answer could not be read (malformed or truncated)';
        case 'internal':
            return `: an internal error of posture-gate; please report it at ${_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BUG_REPORT_URL */ .y5}`;
        case 'service':
            return ': an error of the AWS service';
    }
}
/**
 * An UNKNOWN finding naming the call that failed and the IAM permission it needs. Only a denied
 * call is blamed on permissions: throttling or a service error says so instead.
 */
function unknownFinding(resource, failure) {
    const permission = (0,_aws_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionFor */ .Tj)(failure.operation);
    return {
        ...resource,
        status: 'UNKNOWN',
        detail: `Could not be assessed: ${failure.operation} failed with ${failure.code}${failureAdvice(failure, permission)}.`,
        failedCall: { operation: failure.operation, code: failure.code, permission },
    };
}
const ACCOUNT_TYPE = 'AWS::::Account';
/**
 * When a listing failed there are no resources to judge: one account-level UNKNOWN per check and
 * region says so, rather than no result at all (which would read as "all fine").
 */
function listingUnknown(account, region, failure) {
    return unknownFinding({ region, resourceId: account, resourceType: ACCOUNT_TYPE }, failure);
}
/** The first failed read among `reads`, if any: a check that needs all of them is UNKNOWN. */
function firstFailure(...reads) {
    for (const read of reads)
        if (!read.ok)
            return read.error;
    return undefined;
}
function judged(resource, verdict) {
    if (verdict.status !== 'UNKNOWN')
        return { ...resource, ...verdict };
    const evidence = withEvidence(verdict.evidence);
    if ('failure' in verdict)
        return { ...unknownFinding(resource, verdict.failure), ...evidence };
    return { ...resource, status: 'UNKNOWN', detail: verdict.detail, ...evidence };
}
/** The sentence every result of a resource whose tags could not be read ends with. */
function tagsUnreadSentence(failure) {
    return `Its tags could not be read (${failure.operation} failed with ${failure.code}), so exclude-tags and environment could not be applied to it.`;
}
function toFinding(ref, verdict) {
    const { tagsUnread, ...resource } = ref;
    const finding = judged(resource, verdict);
    if (!tagsUnread)
        return finding;
    return { ...finding, detail: `${finding.detail} ${tagsUnreadSentence(tagsUnread)}` };
}
/** Account-wide services: one part, reported under region `global`. */
const ACCOUNT_WIDE = new Set(['s3', 'iam']);
const GLOBAL_REGION = 'global';
/** The collected parts of one service, with the region each stands for. */
function partsOf(inventory, service) {
    if (ACCOUNT_WIDE.has(service)) {
        const part = inventory.global[service];
        return part ? [{ region: GLOBAL_REGION, part }] : [];
    }
    return Object.entries(inventory.regional).flatMap(([region, parts]) => {
        const part = parts[service];
        return part ? [{ region, part }] : [];
    });
}
/** Where a scanned service has no part in the inventory: its collector failed, or a file lacks it. */
function missingRegions(inventory, service) {
    if (ACCOUNT_WIDE.has(service)) {
        return inventory.global[service] ? [] : [GLOBAL_REGION];
    }
    return inventory.regions.filter((region) => !inventory.regional[region]?.[service]);
}
/** The recorded failure of the service's collector there, or a stand-in naming the gap. */
function whyMissing(inventory, service, region) {
    const operation = `${service}:collect`;
    const recorded = inventory.errors.find((e) => e.service === service && e.region === region && e.operation === operation);
    if (recorded) {
        const { code, message } = recorded;
        return recorded.class
            ? { operation, code, message, class: recorded.class }
            : { operation, code, message };
    }
    return {
        operation,
        code: NOT_COLLECTED,
        message: `the inventory has no ${service} data for ${region}`,
        class: 'internal',
    };
}
/**
 * One account-level UNKNOWN per region where the service was not collected. Rules skip a missing
 * part; without these results the service would silently drop out of the score and the gate.
 */
function notCollectedFindings(inventory, service) {
    return missingRegions(inventory, service).map((region) => listingUnknown(inventory.account, region, whyMissing(inventory, service, region)));
}
/** Categories whose checks skip resources younger than `min-age-days` (CHECKS.md). */
const USAGE_CATEGORIES = new Set(['cost', 'performance']);
function isUsageCheck(meta) {
    return USAGE_CATEGORIES.has(meta.category);
}
const DAY_MS = 86_400_000;
/** Whole days between an ISO timestamp and now. */
function ageInDays(createdAt, now) {
    return Math.floor((now.getTime() - Date.parse(createdAt)) / DAY_MS);
}
/** A check judged once per listed resource of each region. */
function resourceRule(check) {
    const usage = isUsageCheck(check.meta);
    const tooYoung = (item, context) => {
        const createdAt = usage ? check.createdAt?.(item) : undefined;
        return createdAt !== undefined && ageInDays(createdAt, context.now) < context.minAgeDays;
    };
    return {
        meta: check.meta,
        *evaluate(inventory, context) {
            for (const { region, part } of partsOf(inventory, check.meta.service)) {
                const listed = check.resources(part);
                const listings = Array.isArray(listed)
                    ? listed
                    : [listed];
                const failure = firstFailure(...listings);
                if (failure)
                    yield listingUnknown(inventory.account, region, failure);
                for (const listing of listings) {
                    if (!listing.ok)
                        continue;
                    for (const item of listing.value) {
                        if (check.appliesTo && !check.appliesTo(item, part))
                            continue;
                        if (tooYoung(item, context))
                            continue;
                        yield toFinding(check.ref(item, region), check.judge(item, part, context));
                    }
                }
            }
        },
    };
}
/** A check of an account setting, judged once per region; the result is about the account. */
function regionRule(check) {
    return {
        meta: check.meta,
        evaluate(inventory, context) {
            return partsOf(inventory, check.meta.service).map(({ region, part }) => toFinding({ region, resourceId: inventory.account }, check.judge(part, region, context)));
        },
    };
}
/** A check that looks at one field of each resource: PASS or FAIL by its value. */
function fieldRule(check) {
    const { field, missing, passes, detail, evidence, ...resource } = check;
    return resourceRule({
        ...resource,
        judge: (item, part) => {
            const value = field(item);
            const seen = evidence?.(value, item);
            if (value === undefined) {
                return undetermined(missing ?? 'The answer lacked the field this check reads.', seen);
            }
            return passIf(passes(value), detail(value, item, part), seen);
        },
    });
}


/***/ }),

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   closestIds: () => (/* binding */ closestIds),
/* harmony export */   selectRules: () => (/* binding */ selectRules)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4105);
/* harmony import */ var _model_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2307);
// Which checks run: the `checks` and `skip-checks` inputs resolved against the catalogue.



const SUGGESTIONS = 3;
/**
 * The ids nearest to a mistyped one, for the error message; when it names a known service, that
 * service's checks only (`s3.nope` suggests S3 checks, not the nearest spelling elsewhere).
 */
function closestIds(wanted, ids) {
    const fixed = wanted.replace(/[*?]/g, '');
    const service = fixed.split('.')[0] ?? '';
    const sameService = ids.filter((id) => id.startsWith(`${service}.`));
    return [...(sameService.length > 0 ? sameService : ids)]
        .map((id) => ({ id, far: (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(fixed, id) }))
        .sort((a, b) => a.far - b.far || (a.id < b.id ? -1 : 1))
        .slice(0, SUGGESTIONS)
        .map(({ id }) => id);
}
function matching(rules, pattern) {
    return rules.filter((rule) => (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatch */ .e)(pattern, rule.meta.id));
}
/** Every pattern must name at least one check: a typo must not silently run nothing or all. */
function requireMatches(input, patterns, rules) {
    const ids = rules.map((rule) => rule.meta.id);
    for (const pattern of patterns) {
        if (matching(rules, pattern).length > 0)
            continue;
        const what = /[*?]/.test(pattern) ? 'matches no check' : 'is not a check';
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(input, `Invalid input "${input}": "${pattern}" ${what}; closest: ${closestIds(pattern, ids).join(', ')}. Run "posture-gate checks" for the list.`);
    }
}
/**
 * The rules to run: those `checks` names (every rule when absent), less those `skip-checks`
 * names. An id or glob that names no check is a configuration error naming the closest ids.
 */
function selectRules(rules, checks, skipChecks) {
    requireMatches('checks', checks ?? [], rules);
    requireMatches('skip-checks', skipChecks ?? [], rules);
    const chosen = checks ? rules.filter((r) => checks.some((p) => (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatch */ .e)(p, r.meta.id))) : rules;
    return chosen.filter((r) => !(skipChecks ?? []).some((p) => (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatch */ .e)(p, r.meta.id)));
}


/***/ }),

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ assembleReport)
});

// EXTERNAL MODULE: ./src/model/report.ts
var report = __nccwpck_require__(5235);
// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __nccwpck_require__(3111);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/triage/baseline.ts
const sameList = (a, b) => a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i]);
/** Where the baseline does not cover this run: its findings there cannot be told apart. */
function scopeWarnings(current, baseline, path) {
    const warnings = [];
    if (baseline.account !== current.account) {
        warnings.push(`The baseline "${path}" is of account ${baseline.account}, not ${current.account}: every finding counts as new.`);
        return warnings;
    }
    if (!sameList(baseline.regions, current.regions)) {
        warnings.push(`The baseline "${path}" covers regions ${baseline.regions.join(', ') || 'none'}, this run ${current.regions.join(', ')}: findings outside its regions count as new.`);
    }
    if (!sameList(baseline.services, current.services)) {
        warnings.push(`The baseline "${path}" covers services ${baseline.services.join(', ') || 'none'}, this run ${current.services.join(', ')}: findings outside its services count as new.`);
    }
    return warnings;
}
/**
 * Marks each FAIL `new` or `existing` against an earlier report, matched by the stable result id,
 * and lists the baseline's FAILs that are gone. Without a baseline, marks already on the results
 * (reports being merged) and the resolved findings carried with them are kept.
 */
function applyBaseline(results, scope, baseline, carriedResolved = []) {
    if (!baseline)
        return { results: [...results], resolved: [...carriedResolved], warnings: [] };
    if (!baseline.report) {
        return {
            results: results.map((r) => (r.status === 'FAIL' ? { ...r, baseline: 'new' } : r)),
            resolved: [],
            warnings: [
                `The baseline "${baseline.path}" does not exist: every finding counts as new. The first run on a branch has none; later runs should download the last report.`,
            ],
        };
    }
    const failedBefore = new Map(baseline.report.results.filter((r) => r.status === 'FAIL').map((r) => [r.id, r]));
    const failingNow = new Set(results.filter((r) => r.status === 'FAIL').map((r) => r.id));
    return {
        results: results.map((r) => {
            if (r.status !== 'FAIL') {
                const { baseline: _unmarked, ...rest } = r;
                return rest;
            }
            return { ...r, baseline: failedBefore.has(r.id) ? 'existing' : 'new' };
        }),
        resolved: [...failedBefore.values()]
            .filter((r) => !failingNow.has(r.id))
            .map(({ baseline: _mark, suppressed: _mute, ...rest }) => rest),
        warnings: scopeWarnings(scope, baseline.report, baseline.path),
    };
}

// EXTERNAL MODULE: ./src/triage/gate.ts
var triage_gate = __nccwpck_require__(4873);
;// CONCATENATED MODULE: ./src/triage/score.ts

/**
 * The posture score of DESIGN.md: 100 * weight of PASS / weight of PASS and FAIL, over unsuppressed
 * security, resilience and operations results. UNKNOWN results are reported apart, not scored.
 */
function computeScore(results) {
    let passed = 0;
    let total = 0;
    for (const result of results) {
        if (result.suppressed || !model_results/* SCORED_CATEGORIES */.y.includes(result.category))
            continue;
        if (result.status === 'UNKNOWN')
            continue;
        const weight = model_results/* SEVERITY_WEIGHTS */.oZ[result.severity];
        total += weight;
        if (result.status === 'PASS')
            passed += weight;
    }
    if (total === 0)
        return { score: 100, evaluated: false };
    // One division scaled to tenths keeps binary fractions out of the rounding (2/3 -> 66.7).
    return { score: Math.round((1000 * passed) / total) / 10, evaluated: true };
}

// EXTERNAL MODULE: ./src/triage/summary.ts
var summary = __nccwpck_require__(3920);
// EXTERNAL MODULE: ./src/model/glob.ts
var glob = __nccwpck_require__(2307);
;// CONCATENATED MODULE: ./src/triage/suppress.ts

/** Entries expiring within this many days are warned about (DESIGN.md "Suppressions"). */
const EXPIRING_SOON_DAYS = 14;
const DAY_MS = 86_400_000;
function matches(entry, result) {
    if (!(0,glob/* globMatch */.e)(entry.check, result.checkId))
        return false;
    if (entry.account !== undefined && entry.account !== result.account)
        return false;
    if (entry.region !== undefined && entry.region !== result.region)
        return false;
    if (entry.resource === undefined)
        return true;
    // Ids and ARNs only: a name often comes from a Name tag, which anyone who can tag a resource
    // could set to a suppressed one's to hide it.
    const names = [result.resourceId, result.resourceArn];
    return names.some((name) => name !== undefined && (0,glob/* globMatch */.e)(entry.resource ?? '', name));
}
/** The last moment an entry suppresses: the end of its `expires` day, UTC. */
const endOfDay = (date) => Date.parse(`${date}T00:00:00.000Z`) + DAY_MS;
/**
 * Marks the FAIL and UNKNOWN results an entry in force covers; the first matching entry wins.
 * A marked result keeps its status. PASS results are never marked: an entry that covers only
 * passing resources is reported unused, so that stale exceptions are seen and removed.
 */
function applySuppressions(results, entries, now) {
    const inForce = entries.filter((entry) => endOfDay(entry.expires) > now.getTime());
    const expired = entries.filter((entry) => !inForce.includes(entry));
    const matched = new Map();
    const marked = results.map((given) => {
        // This file decides alone: marks from an earlier step (a merged job's file) are dropped.
        const { suppressed: _earlier, ...result } = given;
        if (result.status === 'PASS')
            return result;
        const entry = inForce.find((candidate) => matches(candidate, result));
        if (!entry)
            return result;
        matched.set(entry, (matched.get(entry) ?? 0) + 1);
        const suppressed = {
            reason: entry.reason,
            expires: entry.expires,
            ...(entry.owner === undefined ? {} : { owner: entry.owner }),
        };
        return { ...result, suppressed };
    });
    const soon = now.getTime() + EXPIRING_SOON_DAYS * DAY_MS;
    return {
        results: marked,
        outcome: {
            applied: inForce.flatMap((entry) => {
                const count = matched.get(entry);
                return count ? [{ ...entry, matched: count }] : [];
            }),
            expired,
            unused: inForce.filter((entry) => !matched.has(entry)),
            expiringSoon: inForce.filter((entry) => endOfDay(entry.expires) <= soon),
        },
    };
}

;// CONCATENATED MODULE: ./src/triage/assemble.ts








/**
 * The one report seam of a scan and of `merge`: results, then suppressions, baseline, score,
 * gate and summary, in that order. Pure: the same parts give the same report.
 */
function assembleReport(parts, triage) {
    const sorted = [...parts.results].sort(model_results/* compareResults */.ex);
    const suppressed = triage.suppressions
        ? applySuppressions(sorted, triage.suppressions, triage.now)
        : undefined;
    const { results, resolved, warnings } = applyBaseline(suppressed?.results ?? sorted, parts, triage.baseline, parts.resolved);
    resolved.sort(model_results/* compareResults */.ex);
    const suppressions = suppressed?.outcome ?? parts.suppressions;
    const allWarnings = [...new Set([...(parts.warnings ?? []), ...warnings])];
    const { score, evaluated } = computeScore(results);
    const gate = (0,triage_gate/* decideGate */.q7)({ results, score, config: parts.config });
    return {
        schemaVersion: report/* REPORT_SCHEMA_VERSION */.WI,
        tool: parts.tool ?? { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        startedAt: parts.startedAt,
        finishedAt: parts.finishedAt.toISOString(),
        durationMs: parts.finishedAt.getTime() - Date.parse(parts.startedAt),
        account: parts.account,
        regions: parts.regions,
        services: parts.services,
        config: parts.config,
        score,
        scoreEvaluated: evaluated,
        gate,
        summary: (0,summary/* summarize */.e)(results, {
            excludedByRegion: parts.excludedByRegion,
            resolved: resolved.length,
        }),
        results,
        resolved,
        errors: parts.errors,
        resources: parts.resources(results),
        ...(suppressions ? { suppressions } : {}),
        ...(allWarnings.length > 0 ? { warnings: allWarnings } : {}),
        stats: parts.stats,
    };
}


/***/ }),

/***/ 7002:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  evaluateInventory: () => (/* binding */ evaluateInventory)
});

// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __nccwpck_require__(4105);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/rules/kit.ts
var kit = __nccwpck_require__(7163);
;// CONCATENATED MODULE: ./src/rules/engine.ts


/**
 * Stable fingerprint of a result: the same check on the same resource keeps its id across runs.
 * `kind` is given for a resource of another type than the check's own (an RDS cluster judged by a
 * check of DB instances) when its id is not an ARN: the bare identifier alone could name another
 * resource (a cluster and an instance may share one). ARNs are unique and keep ids unchanged.
 */
function resultId(checkId, account, region, resourceId, kind) {
    // The first 8 bytes as hex: the same 16 characters as slicing the hex digest, but a string of
    // its own; a slice would keep the 64-character digest alive in memory for every result.
    return (0,external_node_crypto_.createHash)('sha256')
        .update([checkId, account, region, resourceId, ...(kind ? [kind] : [])].join('\u0000'))
        .digest()
        .toString('hex', 0, 8);
}
function toCheckResult(rule, account, finding, details) {
    const { meta } = rule;
    const result = {
        id: resultId(meta.id, account, finding.region, finding.resourceId, finding.resourceType !== undefined &&
            finding.resourceType !== meta.resourceType &&
            !finding.resourceId.startsWith('arn:')
            ? finding.resourceType
            : undefined),
        checkId: meta.id,
        title: meta.title,
        service: meta.service,
        category: meta.category,
        severity: meta.severity,
        status: finding.status,
        account,
        region: finding.region,
        resourceType: finding.resourceType ?? meta.resourceType,
        resourceId: finding.resourceId,
        detail: details ? interned(details, finding.detail) : finding.detail,
        remediation: meta.remediation,
        frameworks: finding.frameworks ?? meta.frameworks,
    };
    if (finding.resourceArn !== undefined)
        result.resourceArn = finding.resourceArn;
    if (finding.resourceName !== undefined)
        result.resourceName = finding.resourceName;
    if (finding.evidence !== undefined)
        result.evidence = finding.evidence;
    if (finding.monthlySavingsUsd !== undefined)
        result.monthlySavingsUsd = finding.monthlySavingsUsd;
    if (finding.failedCall !== undefined)
        result.failedCall = finding.failedCall;
    return result;
}
/**
 * One string for every copy of the same text: most details repeat (a few hundred distinct
 * sentences for thousands of results), and each copy would be held until the report is written.
 */
function interned(strings, text) {
    const known = strings.get(text);
    if (known !== undefined)
        return known;
    strings.set(text, text);
    return text;
}
/**
 * Runs every rule of the scanned services over the inventory. A rule judges the parts that were
 * collected; where a part is missing, each of the service's checks is UNKNOWN there.
 */
function evaluateRules(rules, inventory, context) {
    const services = new Set(inventory.services);
    // One array, pushed to: no per-rule arrays spread and mapped into copies.
    const results = [];
    const details = new Map();
    for (const rule of rules) {
        if (!services.has(rule.meta.service))
            continue;
        for (const finding of rule.evaluate(inventory, context)) {
            results.push(toCheckResult(rule, inventory.account, finding, details));
        }
        for (const finding of (0,kit/* notCollectedFindings */.n8)(inventory, rule.meta.service)) {
            results.push(toCheckResult(rule, inventory.account, finding, details));
        }
    }
    return results;
}

// EXTERNAL MODULE: ./src/rules/index.ts + 21 modules
var src_rules = __nccwpck_require__(4655);
;// CONCATENATED MODULE: ./src/rules/scope.ts
function isTagged(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.tags === 'object' &&
        value.tags !== null);
}
/** The tags, or undefined when they could not be read. */
function readTags(field) {
    if (typeof field.ok !== 'boolean')
        return field;
    const read = field;
    return read.ok ? read.value : undefined;
}
/** A listing of resources: a `Fetched` list that was read. */
function isReadListing(value) {
    const read = value;
    return typeof read === 'object' && read !== null && read.ok === true && Array.isArray(read.value);
}
/**
 * A tag's value by its key exactly as written. `exclude-tags` and `environment` are the user's
 * filters and AWS tag keys are case-sensitive (`env` and `Env` are two tags); only the values
 * compare case-insensitively. The production and critical-data conventions of src/rules/tags.ts
 * compare keys case-insensitively instead.
 */
function exactTagValue(tags, key) {
    return Object.hasOwn(tags, key) ? tags[key] : undefined;
}
function matchesExclusion(tags, filters) {
    return filters.some((f) => exactTagValue(tags, f.key)?.toLowerCase() === f.value.toLowerCase());
}
/**
 * Applies `exclude-tags` and `environment` to every tagged resource list of the inventory, so
 * that no rule judges an out-of-scope resource. A resource is any object with a `tags` map held in
 * a listing of a service part; untagged kinds (account settings), and resources whose tags could
 * not be read, are always in scope (the results of the latter say so: see `tagsUnread` in the
 * rule kit). The EFS access points also stay whole as `allAccessPoints`: they are facts about
 * their file system.
 */
function applyScope(inventory, options) {
    const excludedByRegion = {};
    const environment = options.environment?.toLowerCase();
    const keep = (resource, partRegion) => {
        const tags = readTags(resource.tags);
        if (tags === undefined)
            return true;
        const out = matchesExclusion(tags, options.excludeTags) ||
            (environment !== undefined &&
                (exactTagValue(tags, 'Environment') ?? '').toLowerCase() !== environment);
        if (out) {
            const region = resource.region ?? partRegion;
            excludedByRegion[region] = (excludedByRegion[region] ?? 0) + 1;
        }
        return !out;
    };
    const filterPart = (part, region) => {
        if (!part)
            return part;
        const copy = { ...part };
        for (const [key, listing] of Object.entries(copy)) {
            if (isReadListing(listing) && listing.value.some(isTagged)) {
                const value = listing.value.filter((item) => !isTagged(item) || keep(item, region));
                copy[key] = { ok: true, value };
            }
        }
        return copy;
    };
    const regional = {};
    for (const [region, parts] of Object.entries(inventory.regional)) {
        const scoped = Object.fromEntries(Object.entries(parts).map(([service, part]) => [service, filterPart(part, region)]));
        if (parts.efs?.accessPoints.ok && scoped.efs) {
            // efs.root-not-squashed judges a file system by all its access points, in scope or not.
            scoped.efs.allAccessPoints = parts.efs.accessPoints.value;
        }
        regional[region] = scoped;
    }
    const global = Object.fromEntries(Object.entries(inventory.global).map(([service, part]) => [
        service,
        filterPart(part, 'global'),
    ]));
    if (inventory.global.iam?.roles.ok && global.iam) {
        // iam.privilege-escalation: iam:PassRole to an administrator role out of scope is a path.
        global.iam.allRoles = inventory.global.iam.roles.value;
    }
    return { inventory: { ...inventory, regional, global }, excludedByRegion };
}

// EXTERNAL MODULE: ./src/rules/select.ts
var rules_select = __nccwpck_require__(7375);
// EXTERNAL MODULE: ./src/triage/assemble.ts + 3 modules
var assemble = __nccwpck_require__(524);
// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __nccwpck_require__(3111);
// EXTERNAL MODULE: ./src/rules/efs/common.ts
var common = __nccwpck_require__(3751);
// EXTERNAL MODULE: ./src/triage/summary.ts
var summary = __nccwpck_require__(3920);
;// CONCATENATED MODULE: ./src/triage/resources.ts




const TOO_NEW_FOR_USAGE_CHECKS = 'too new for usage checks';
const regionKey = (region, id) => `${region}\u0000${id}`;
/** `resources.efs`: every audited file system with its findings rolled up, and every access point. */
function buildEfsResources(inventory, results) {
    const parts = (0,kit/* partsOf */.CI)(inventory, 'efs').map(({ region, part }) => ({
        region,
        fileSystems: part.fileSystems.ok ? part.fileSystems.value : [],
        accessPoints: part.accessPoints.ok ? part.accessPoints.value : [],
    }));
    if (parts.length === 0)
        return {};
    // Access point findings count toward their file system.
    const owner = new Map();
    for (const { region, accessPoints } of parts) {
        for (const ap of accessPoints)
            owner.set(regionKey(region, ap.id), ap.fileSystemId);
    }
    const byFileSystem = new Map();
    for (const result of results) {
        if (result.service !== 'efs')
            continue;
        const key = regionKey(result.region, result.resourceId);
        const fileSystemId = owner.get(key);
        const fsKey = fileSystemId ? regionKey(result.region, fileSystemId) : key;
        byFileSystem.set(fsKey, [...(byFileSystem.get(fsKey) ?? []), result]);
    }
    const fileSystems = parts.flatMap(({ region, fileSystems: listed }) => listed.map((fs) => {
        const own = byFileSystem.get(regionKey(region, fs.id)) ?? [];
        const failed = own.filter((r) => r.status === 'FAIL' && !r.suppressed);
        const failCounts = Object.fromEntries(model_results/* SEVERITIES */.oC.map((s) => [s, 0]));
        for (const r of failed)
            failCounts[r.severity]++;
        const stored = (0,common/* readStoredGb */.vA)(fs);
        return {
            region,
            id: fs.id,
            name: fs.name ?? null,
            state: fs.state,
            sizeGb: stored.ok ? Math.round(stored.value.total * 100) / 100 : null,
            sizeSource: stored.ok ? stored.value.source : 'unknown',
            throughputMode: fs.throughputMode,
            provisionedThroughputMibps: fs.provisionedThroughputMibps ?? null,
            performanceMode: fs.performanceMode,
            encrypted: fs.encrypted,
            storage: fs.availabilityZoneName ? 'one-zone' : 'regional',
            availabilityZone: fs.availabilityZoneName ?? null,
            failCounts,
            findingCategories: [...new Set(failed.map((r) => r.category))].sort(),
            monthlySavingsUsd: (0,summary/* totalSavingsUsd */.w)(failed),
            // Every old-enough file system gets usage results (efs.unused judges them all).
            usageChecks: own.some((r) => (0,kit/* isUsageCheck */.SM)(r)) ? 'evaluated' : TOO_NEW_FOR_USAGE_CHECKS,
        };
    }));
    const audited = new Set(fileSystems.map((fs) => regionKey(fs.region, fs.id)));
    const accessPoints = parts.flatMap(({ region, accessPoints: listed }) => listed
        .filter((ap) => audited.has(regionKey(region, ap.fileSystemId)))
        .map((ap) => ({
        region,
        id: ap.id,
        name: ap.name ?? null,
        fileSystemId: ap.fileSystemId,
        path: ap.rootDirectoryPath,
        posixUser: ap.posixUser ?? null,
    })));
    const resources = { fileSystems, accessPoints };
    return { efs: { ...resources } };
}
/** One builder per analyzer that lists its resources in the report (`resources.efs`, ...). */
const RESOURCE_BUILDERS = [buildEfsResources];
function buildResources(inventory, results) {
    return Object.assign({}, ...RESOURCE_BUILDERS.map((build) => build(inventory, results)));
}

;// CONCATENATED MODULE: ./src/triage/evaluate.ts







/**
 * Inventory to report: scope, rules, then the report seam. Pure apart from the clock values
 * passed in: the same inventory and config give the same report.
 */
function evaluateInventory(inventory, config, options) {
    // A saved inventory may hold more services than this run asks for: evaluate only those asked.
    const services = inventory.services.filter((s) => config.services.includes(s));
    const scoped = applyScope({ ...inventory, services }, { excludeTags: config.excludeTags, environment: config.environment });
    const rules = (0,rules_select.selectRules)(src_rules.ALL_RULES, config.checks, config.skipChecks);
    const results = evaluateRules(rules, scoped.inventory, {
        now: new Date(inventory.collectedAt),
        minAgeDays: config.minAgeDays,
    });
    return (0,assemble/* assembleReport */.x)({
        startedAt: options.startedAt.toISOString(),
        finishedAt: options.finishedAt ?? new Date(),
        account: inventory.account,
        regions: inventory.regions,
        services,
        config: (0,schema/* reportConfig */.VA)(config),
        results,
        excludedByRegion: scoped.excludedByRegion,
        errors: inventory.errors,
        resources: (judged) => buildResources(scoped.inventory, judged),
        stats: options.stats ?? { apiCalls: {}, durationMsByService: {} },
    }, { ...options.triage, now: options.startedAt });
}


/***/ }),

/***/ 4873:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fN: () => (/* binding */ isReportOnly),
/* harmony export */   q7: () => (/* binding */ decideGate)
/* harmony export */ });
/* unused harmony export severityAtLeast */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9378);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3111);


/** How many failing resources a reason names before it says "and N more". */
const NAMED_FINDINGS = 3;
/** True when `severity` is `threshold` or more severe; nothing is at least `none`. */
function severityAtLeast(severity, threshold) {
    if (threshold === 'none')
        return false;
    return _model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(severity) <= _model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(threshold);
}
function counted(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function byCheckThenResource(a, b) {
    return ((0,_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.checkId, b.checkId) ||
        (0,_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.region, b.region) ||
        (0,_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.resourceId, b.resourceId));
}
function nameFindings(findings) {
    const named = [...findings]
        .sort(byCheckThenResource)
        .slice(0, NAMED_FINDINGS)
        .map((finding) => `${finding.checkId} on ${finding.resourceName ?? finding.resourceId}`);
    const more = findings.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
/** Nothing can fail the gate: it reports only (a scan that looked at nothing still errs). */
function isReportOnly(config) {
    return config.failOnSeverity === 'none' && config.minimumScore <= 0 && !config.failOnIncomplete;
}
/**
 * Pass or fail from the results, the score and the thresholds, with one line per reason. Suppressed
 * results never fail the gate; `fail-on-severity` counts FAILs of the gate categories only, and
 * with `fail-on-new-only` only those new since the baseline. When every result is UNKNOWN the scan looked at nothing (a role
 * without permissions): that is an `error`, never a pass. A scan that could not start at all is
 * an `error` decided by the caller.
 */
function decideGate({ results, score, config }) {
    const reasons = [];
    const active = results.filter((result) => !result.suppressed);
    const gated = active.filter((result) => result.status === 'FAIL' &&
        config.gateCategories.includes(result.category) &&
        // Without a baseline nothing is marked existing: every FAIL counts, never a silent pass.
        (!config.failOnNewOnly || result.baseline !== 'existing'));
    const noun = config.failOnNewOnly ? 'new finding' : 'finding';
    for (const severity of _model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC) {
        if (!severityAtLeast(severity, config.failOnSeverity))
            continue;
        const failing = gated.filter((result) => result.severity === severity);
        if (failing.length === 0)
            continue;
        reasons.push(`${counted(failing.length, `${severity} ${noun}`)} (fail-on-severity: ${config.failOnSeverity}): ${nameFindings(failing)}`);
    }
    if (score < config.minimumScore) {
        reasons.push(`score ${score} is below minimum-score ${config.minimumScore}`);
    }
    const unknown = active.filter((result) => result.status === 'UNKNOWN').length;
    if (config.failOnIncomplete && unknown > 0) {
        reasons.push(`${counted(unknown, 'check')} could not be assessed (fail-on-incomplete: true)`);
    }
    // A scan cut short by its deadline is incomplete whatever its figures say: an error.
    const cut = results.filter((result) => result.status === 'UNKNOWN' && result.failedCall?.code === _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_DEADLINE */ .fp).length;
    if (cut > 0) {
        reasons.push(`the scan-timeout-minutes deadline passed before collection finished: ${counted(cut, 'result')} could not be assessed`);
        return { passed: false, result: 'error', reasons };
    }
    if (unknown > 0 && unknown === active.length) {
        reasons.push(`no check could be assessed: all ${counted(unknown, 'result')} are UNKNOWN; grant the permissions the report names`);
        return { passed: false, result: 'error', reasons };
    }
    const passed = reasons.length === 0;
    return { passed, result: passed ? 'passed' : 'failed', reasons };
}


/***/ }),

/***/ 3920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize),
/* harmony export */   w: () => (/* binding */ totalSavingsUsd)
/* harmony export */ });
/* harmony import */ var _model_money_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5221);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3111);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4655);



const WHOLE_BILL_CHECKS = new Set(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__.ALL_RULES.filter((rule) => rule.meta.savingIsWholeBill).map((rule) => rule.meta.id));
/**
 * Monthly savings of the failed results, each resource counted once: when a finding saves the
 * resource's whole bill (delete an unused file system), the others on it are already inside it.
 */
function totalSavingsUsd(failed) {
    const byResource = new Map();
    for (const result of failed) {
        if (!result.monthlySavingsUsd)
            continue;
        const key = [result.account, result.region, result.resourceId].join('\u0000');
        const entry = byResource.get(key) ?? { sum: 0 };
        entry.sum += result.monthlySavingsUsd;
        if (WHOLE_BILL_CHECKS.has(result.checkId)) {
            entry.wholeBill = Math.max(entry.wholeBill ?? 0, result.monthlySavingsUsd);
        }
        byResource.set(key, entry);
    }
    let total = 0;
    for (const entry of byResource.values())
        total += entry.wholeBill ?? entry.sum;
    return (0,_model_money_js__WEBPACK_IMPORTED_MODULE_2__/* .roundUsd */ .t)(total);
}
/** The report's summary counts. Suppressed results count only as suppressed. */
function summarize(results, counts) {
    const counted = results.filter((r) => !r.suppressed);
    const failed = counted.filter((r) => r.status === 'FAIL');
    const bySeverity = Object.fromEntries(_model_results_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, failed.filter((r) => r.severity === s).length]));
    return {
        pass: counted.filter((r) => r.status === 'PASS').length,
        fail: failed.length,
        unknown: counted.filter((r) => r.status === 'UNKNOWN').length,
        suppressed: results.length - counted.length,
        excluded: Object.values(counts.excludedByRegion).reduce((sum, n) => sum + n, 0),
        excludedByRegion: counts.excludedByRegion,
        new: counted.filter((r) => r.baseline === 'new').length,
        resolved: counts.resolved,
        bySeverity,
        monthlySavingsUsd: totalSavingsUsd(failed),
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
const TOOL_NAME = 'posture-gate';
/** Kept equal to package.json's version by a unit test; inlined so the bundle reads no files. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2857:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  You: () => (/* binding */ ZodISODateTime),
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  gMt: () => (/* binding */ discriminatedUnion),
  k5n: () => (/* binding */ _enum),
  Whr: () => (/* binding */ schemas_int),
  euz: () => (/* binding */ literal),
  _H3: () => (/* binding */ looseObject),
  aig: () => (/* binding */ number),
  Ikc: () => (/* binding */ object),
  vkY: () => (/* binding */ preprocess),
  g1P: () => (/* binding */ record),
  rej: () => (/* binding */ strictObject),
  YjP: () => (/* binding */ string),
  PVZ: () => (/* binding */ tuple),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, optional, partialRecord, pipe, prefault, promise, readonly, refine, set, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, uint32, uint64, ulid, undefined, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(4723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = core_util/* rawShape */.MO(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/checks.js
var core_checks = __nccwpck_require__(4890);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/regexes.js
var core_regexes = __nccwpck_require__(3908);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? core_regexes/* anyString */.gp;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    core_checks/* $ZodCheckStringFormat */.ql.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* guid */.Os);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR(v));
    }
    else
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* email */.Rp);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === core_regexes/* httpProtocol */.F.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* emoji */.Zg());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? core_regexes/* nanoid */.Ak : core_regexes/* nanoidOfLength */.D2(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid */.gF);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid2 */.Gl);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ulid */.Z0);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* xid */.kM);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ksuid */.fO);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* datetime */.w$(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* date */.p6);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* time */.kB(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* duration */.p0);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv4 */.uX);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv6 */.ug);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv4 */.zr);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv6 */.l7); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* e164 */.hQ);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* number */.ai;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    core_checks/* $ZodCheckNumberFormat */.KH.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* boolean */.zM;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* bigint */.o;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    const memo = core_core/* globalConfig */.cr.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : core_util/* esc */.UQ(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = core_util/* isObject */.Gv;
    const jit = !core_core/* globalConfig */.cr.jitless;
    const allowsEval = core_util/* allowsEval */.hI;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
core_core/* $constructor */.xI("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    core_util/* assignProp */.Vy(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = core_util/* rawShape */.MO(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = core_util/* cached */.PO(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isObject */.Gv(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (core_util/* isPlainObject */.Qd(a) && core_util/* isPlainObject */.Qd(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (core_util/* aborted */.QH(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = core_util/* aborted */.QH(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (core_util/* aborted */.QH(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...core_util/* prefixIssues */.lQ(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isPlainObject */.Qd(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && core_regexes/* number */.ai.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? core_util/* escapeRegex */.sD(o) : o ? core_util/* escapeRegex */.sD(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
});
const $ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    core_checks/* $ZodCheck */.QP.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __nccwpck_require__(9396);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                (0,core_util/* assignProp */.Vy)(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? registries/* globalRegistry */.fd,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            (0,core_util/* assignProp */.Vy)(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                (0,core_util/* assignProp */.Vy)(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(core_util/* NUMBER_FORMAT_RANGES */.zH),
    bigint_format: formatContributor(core_util/* BIGINT_FORMAT_RANGES */.NR),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, core_regexes/* base64 */.K3],
    [base64urlCharset, core_regexes/* base64url */.r0],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = (0,core_util/* getEnumValues */.w5)(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        (0,core_util/* assignProp */.Vy)(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? core_regexes/* number */.ai : core_regexes/* integer */.nd).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            (0,core_util/* assignProp */.Vy)(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = core_util/* parsedType */.GW(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${core_util/* stringifyPrimitive */.B7(issue.values[0])}`;
                return `Invalid option: expected one of ${core_util/* joinValues */.jw(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${core_util/* joinValues */.jw(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, core_util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ core_core/* $constructor */.xI("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!core_core/* globalConfig */.cr.localeError)
        core_core/* config */.$W(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!core_core/* globalConfig */.cr.memoizer)
        core_core/* config */.$W({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(core_util/* mergeDefs */.zM(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return core_util/* clone */.o8(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(api/* _overwrite */.bS(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return registries/* globalRegistry */.fd.get(this);
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        core_util/* own */.qh(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return registries/* globalRegistry */.fd.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(api/* _regex */.Fk(...args));
    },
    includes(...args) {
        return this.check(api/* _includes */.dR(...args));
    },
    startsWith(...args) {
        return this.check(api/* _startsWith */.$S(...args));
    },
    endsWith(...args) {
        return this.check(api/* _endsWith */.ER(...args));
    },
    min(...args) {
        return this.check(api/* _minLength */.m9(...args));
    },
    max(...args) {
        return this.check(api/* _maxLength */.Eb(...args));
    },
    length(...args) {
        return this.check(api/* _length */.YA(...args));
    },
    nonempty(...args) {
        return this.check(api/* _minLength */.m9(1, ...args));
    },
    lowercase(params) {
        return this.check(api/* _lowercase */.hH(params));
    },
    uppercase(params) {
        return this.check(api/* _uppercase */.qF(params));
    },
    trim() {
        return this.check(api/* _trim */.WN());
    },
    normalize(...args) {
        return this.check(api/* _normalize */.lo(...args));
    },
    toLowerCase() {
        return this.check(api/* _toLowerCase */.Il());
    },
    toUpperCase() {
        return this.check(api/* _toUpperCase */.xY());
    },
    slugify() {
        return this.check(api/* _slugify */.TL());
    },
}));
const ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(api/* _email */.Mu(ZodEmail, params));
    },
    url(params) {
        return this.check(api/* _url */.Fn(ZodURL, params));
    },
    jwt(params) {
        return this.check(api/* _jwt */.rk(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api/* _emoji */.aC(ZodEmoji, params));
    },
    guid(params) {
        return this.check(api/* _guid */.tB(ZodGUID, params));
    },
    uuid(params) {
        return this.check(api/* _uuid */.Be(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(api/* _uuidv4 */.nA(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(api/* _uuidv6 */.pY(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(api/* _uuidv7 */.wA(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(api/* _nanoid */.Dl(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(api/* _cuid */.fs(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(api/* _cuid2 */.Bj(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(api/* _ulid */.Ct(ZodULID, params));
    },
    base64(params) {
        return this.check(api/* _base64 */.rt(ZodBase64, params));
    },
    base64url(params) {
        return this.check(api/* _base64url */.cU(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(api/* _xid */.Pw(ZodXID, params));
    },
    ksuid(params) {
        return this.check(api/* _ksuid */._z(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(api/* _ipv4 */.Ny(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(api/* _ipv6 */.$O(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(api/* _cidrv4 */.Uy(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(api/* _cidrv6 */.gP(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(api/* _e164 */.KB(ZodE164, params));
    },
    datetime(params) {
        return this.check(api/* _isoDateTime */.G1(ZodISODateTime, params));
    },
    date(params) {
        return this.check(api/* _isoDate */.db(ZodISODate, params));
    },
    time(params) {
        return this.check(api/* _isoTime */.Kn(ZodISOTime, params));
    },
    duration(params) {
        return this.check(api/* _isoDuration */.f2(ZodISODuration, params));
    },
});
function string(params) {
    return api/* _string */.Rl(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(0, params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(0, params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(0, params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(0, params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    step(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return api/* _number */.F7(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return api/* _int */.LK(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return api/* _boolean */._L(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(BigInt(0), params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
}));
function bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function _undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function _null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return api/* _unknown */.em(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return api/* _never */.G8(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function _void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(api/* _gte */.qm(value, params));
    inst.max = (value, params) => inst.check(api/* _lte */.Zm(value, params));
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(api/* _minLength */.m9(n, params));
    },
    nonempty(params) {
        return this.check(api/* _minLength */.m9(1, params));
    },
    max(n, params) {
        return this.check(api/* _maxLength */.Eb(n, params));
    },
    length(n, params) {
        return this.check(api/* _length */.YA(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return api/* _array */.dZ(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return _enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return core_util/* extend */.X$(this, incoming);
    },
    safeExtend(incoming) {
        return core_util/* safeExtend */.W0(this, incoming);
    },
    merge(other) {
        return core_util/* merge */.h1(this, other);
    },
    pick(mask) {
        return core_util/* pick */.Up(this, mask);
    },
    omit(mask) {
        return core_util/* omit */.cJ(this, mask);
    },
    partial(...args) {
        return core_util/* partial */.OH(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return core_util/* partial */.OH(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return core_util/* required */.mw(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...core_util/* normalizeParams */.A2(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof $ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...core_util/* normalizeParams */.A2(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core_util/* constantCatch */.SS(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    $ZodPreprocess.init(inst, def);
});
const ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return api/* _refine */.fU(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return api/* _superRefine */.MB(fn, params);
}
// Re-export describe and meta from core
const describe = api/* describe */.q0;
const meta = api/* meta */.mI;
const ZodInstanceOf = /*@__PURE__*/ core_core/* $constructor */.xI("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(api/* _properties */.T2(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([string(params), number(), schemas_boolean(), _null(), array(jsonSchema), record(string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ }),

/***/ 3759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ _ipv6),
/* harmony export */   $S: () => (/* binding */ _startsWith),
/* harmony export */   Au: () => (/* binding */ _lt),
/* harmony export */   Be: () => (/* binding */ _uuid),
/* harmony export */   Bj: () => (/* binding */ _cuid2),
/* harmony export */   Ct: () => (/* binding */ _ulid),
/* harmony export */   Dl: () => (/* binding */ _nanoid),
/* harmony export */   ER: () => (/* binding */ _endsWith),
/* harmony export */   Eb: () => (/* binding */ _maxLength),
/* harmony export */   F7: () => (/* binding */ _number),
/* harmony export */   Fk: () => (/* binding */ _regex),
/* harmony export */   Fn: () => (/* binding */ _url),
/* harmony export */   G1: () => (/* binding */ _isoDateTime),
/* harmony export */   G8: () => (/* binding */ _never),
/* harmony export */   Hi: () => (/* binding */ _multipleOf),
/* harmony export */   Il: () => (/* binding */ _toLowerCase),
/* harmony export */   KB: () => (/* binding */ _e164),
/* harmony export */   Kn: () => (/* binding */ _isoTime),
/* harmony export */   LK: () => (/* binding */ _int),
/* harmony export */   MB: () => (/* binding */ _superRefine),
/* harmony export */   Mu: () => (/* binding */ _email),
/* harmony export */   Ny: () => (/* binding */ _ipv4),
/* harmony export */   Pw: () => (/* binding */ _xid),
/* harmony export */   Rl: () => (/* binding */ _string),
/* harmony export */   T2: () => (/* binding */ _properties),
/* harmony export */   TL: () => (/* binding */ _slugify),
/* harmony export */   Tx: () => (/* binding */ _gt),
/* harmony export */   Uy: () => (/* binding */ _cidrv4),
/* harmony export */   WN: () => (/* binding */ _trim),
/* harmony export */   YA: () => (/* binding */ _length),
/* harmony export */   Zm: () => (/* binding */ _lte),
/* harmony export */   _L: () => (/* binding */ _boolean),
/* harmony export */   _z: () => (/* binding */ _ksuid),
/* harmony export */   aC: () => (/* binding */ _emoji),
/* harmony export */   bS: () => (/* binding */ _overwrite),
/* harmony export */   cU: () => (/* binding */ _base64url),
/* harmony export */   dR: () => (/* binding */ _includes),
/* harmony export */   dZ: () => (/* binding */ _array),
/* harmony export */   db: () => (/* binding */ _isoDate),
/* harmony export */   em: () => (/* binding */ _unknown),
/* harmony export */   f2: () => (/* binding */ _isoDuration),
/* harmony export */   fU: () => (/* binding */ _refine),
/* harmony export */   fs: () => (/* binding */ _cuid),
/* harmony export */   gP: () => (/* binding */ _cidrv6),
/* harmony export */   hH: () => (/* binding */ _lowercase),
/* harmony export */   lo: () => (/* binding */ _normalize),
/* harmony export */   m9: () => (/* binding */ _minLength),
/* harmony export */   mI: () => (/* binding */ meta),
/* harmony export */   nA: () => (/* binding */ _uuidv4),
/* harmony export */   pY: () => (/* binding */ _uuidv6),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qF: () => (/* binding */ _uppercase),
/* harmony export */   qm: () => (/* binding */ _gte),
/* harmony export */   rk: () => (/* binding */ _jwt),
/* harmony export */   rt: () => (/* binding */ _base64),
/* harmony export */   tB: () => (/* binding */ _guid),
/* harmony export */   wA: () => (/* binding */ _uuidv7),
/* harmony export */   xY: () => (/* binding */ _toUpperCase)
/* harmony export */ });
/* unused harmony exports _coercedString, _mac, _creditCard, _iban, TimePrecision, _coercedNumber, _float32, _float64, _int32, _uint32, _coercedBoolean, _bigint, _coercedBigint, _int64, _uint64, _symbol, _undefined, _null, _any, _void, _date, _coercedDate, _nan, _max, _min, _positive, _negative, _nonpositive, _nonnegative, _maxSize, _minSize, _size, _property, _mime, _union, _xor, _discriminatedUnion, _intersection, _tuple, _record, _map, _set, _enum, _nativeEnum, _literal, _file, _transform, _optional, _nullable, _default, _nonoptional, _success, _catch, _pipe, _readonly, _templateLiteral, _lazy, _promise, _custom, _check, _stringbool, _stringFormat */
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4890);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9396);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMultipleOf */ .Jk({
        check: "multiple_of",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMaxLength */ .Yk({
        check: "max_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMinLength */ .Kk({
        check: "min_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLengthEquals */ .RM({
        check: "length_equals",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckRegex */ .DG({
        check: "string_format",
        format: "regex",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLowerCase */ .NI({
        check: "string_format",
        format: "lowercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckUpperCase */ .kH({
        check: "string_format",
        format: "uppercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckIncludes */ .Tt({
        check: "string_format",
        format: "includes",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckStartsWith */ .J({
        check: "string_format",
        format: "starts_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckEndsWith */ .E6({
        check: "string_format",
        format: "ends_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckProperties */ .nJ({
        check: "properties",
        shape,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckOverwrite */ .v$({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => _util_js__WEBPACK_IMPORTED_MODULE_0__/* .slugify */ .Yv(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({
        check: "custom",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ $ZodCheckRegex),
/* harmony export */   E6: () => (/* binding */ $ZodCheckEndsWith),
/* harmony export */   J: () => (/* binding */ $ZodCheckStartsWith),
/* harmony export */   J_: () => (/* binding */ $ZodCheckGreaterThan),
/* harmony export */   Jk: () => (/* binding */ $ZodCheckMultipleOf),
/* harmony export */   KH: () => (/* binding */ $ZodCheckNumberFormat),
/* harmony export */   Kk: () => (/* binding */ $ZodCheckMinLength),
/* harmony export */   NI: () => (/* binding */ $ZodCheckLowerCase),
/* harmony export */   QP: () => (/* binding */ $ZodCheck),
/* harmony export */   RM: () => (/* binding */ $ZodCheckLengthEquals),
/* harmony export */   Tt: () => (/* binding */ $ZodCheckIncludes),
/* harmony export */   Yk: () => (/* binding */ $ZodCheckMaxLength),
/* harmony export */   kH: () => (/* binding */ $ZodCheckUpperCase),
/* harmony export */   nJ: () => (/* binding */ $ZodCheckProperties),
/* harmony export */   ql: () => (/* binding */ $ZodCheckStringFormat),
/* harmony export */   sm: () => (/* binding */ $ZodCheckLessThan),
/* harmony export */   v$: () => (/* binding */ $ZodCheckOverwrite)
/* harmony export */ });
/* unused harmony exports $ZodCheckBigIntFormat, $ZodCheckMaxSize, $ZodCheckMinSize, $ZodCheckSizeEquals, $ZodCheckProperty, $ZodCheckMimeType */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);
/* harmony import */ var _regexes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3908);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4723);
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : _util_js__WEBPACK_IMPORTED_MODULE_1__/* .floatSafeRemainder */ .LG(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER_FORMAT_RANGES */ .zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input) : units;
        if (length <= def.maximum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length === def.length)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .lowercase */ .AC);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .uppercase */ .Zv);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(..._util_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixIssues */ .lQ(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    _util_js__WEBPACK_IMPORTED_MODULE_1__/* .hide */ .jD(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});


/***/ }),

/***/ 8532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   tm: () => (/* binding */ NEVER),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony export $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 3908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ lowercase),
/* harmony export */   Ak: () => (/* binding */ nanoid),
/* harmony export */   D2: () => (/* binding */ nanoidOfLength),
/* harmony export */   F: () => (/* binding */ httpProtocol),
/* harmony export */   Gl: () => (/* binding */ cuid2),
/* harmony export */   K3: () => (/* binding */ base64),
/* harmony export */   Os: () => (/* binding */ guid),
/* harmony export */   Rp: () => (/* binding */ email),
/* harmony export */   Z0: () => (/* binding */ ulid),
/* harmony export */   Zg: () => (/* binding */ emoji),
/* harmony export */   Zv: () => (/* binding */ uppercase),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   fO: () => (/* binding */ ksuid),
/* harmony export */   gF: () => (/* binding */ cuid),
/* harmony export */   gp: () => (/* binding */ anyString),
/* harmony export */   hQ: () => (/* binding */ e164),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   kM: () => (/* binding */ xid),
/* harmony export */   l7: () => (/* binding */ cidrv6),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   o: () => (/* binding */ bigint),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   r0: () => (/* binding */ base64url),
/* harmony export */   uR: () => (/* binding */ uuid),
/* harmony export */   uX: () => (/* binding */ ipv4),
/* harmony export */   ug: () => (/* binding */ ipv6),
/* harmony export */   w$: () => (/* binding */ datetime),
/* harmony export */   zM: () => (/* binding */ boolean),
/* harmony export */   zr: () => (/* binding */ cidrv4)
/* harmony export */ });
/* unused harmony exports extendedDuration, uuid4, uuid6, uuid7, html5Email, rfc5322Email, unicodeEmail, idnEmail, browserEmail, mac, hostname, domain, creditCard, currencyCode, iban, string, null, undefined, hex, md5_hex, md5_base64, md5_base64url, sha1_hex, sha1_base64, sha1_base64url, sha256_hex, sha256_base64, sha256_base64url, sha384_hex, sha384_base64, sha384_base64url, sha512_hex, sha512_base64, sha512_base64url */

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));


/***/ }),

/***/ 9396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ globalRegistry)
/* harmony export */ });
/* unused harmony exports $output, $input, $ZodRegistry, registry */
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;


/***/ }),

/***/ 4723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7849);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
