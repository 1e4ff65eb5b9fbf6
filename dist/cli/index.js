#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
  /***/
  14807: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      (function(factory) {
        if (typeof module.exports === "object") {
          var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
          if (v !== void 0) module.exports = v;
        } else if (typeof define === "function" && define.amd) {
          define(["require", "exports", "./format", "./parser"], factory);
        }
      })(function() {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
        const format_1 = __nccwpck_require__2(76612);
        const parser_1 = __nccwpck_require__2(95152);
        function removeProperty(text, path2, options) {
          return setProperty(text, path2, void 0, options);
        }
        exports.removeProperty = removeProperty;
        function setProperty(text, originalPath, value, options) {
          const path2 = originalPath.slice();
          const errors = [];
          const root = (0, parser_1.parseTree)(text, errors);
          let parent = void 0;
          let lastSegment = void 0;
          while (path2.length > 0) {
            lastSegment = path2.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path2);
            if (parent === void 0 && value !== void 0) {
              if (typeof lastSegment === "string") {
                value = { [lastSegment]: value };
              } else {
                value = [value];
              }
            } else {
              break;
            }
          }
          if (!parent) {
            if (value === void 0) {
              throw new Error("Can not delete in empty document");
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
          } else if (parent.type === "object" && typeof lastSegment === "string" && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
              if (value === void 0) {
                if (!existing.parent) {
                  throw new Error("Malformed AST");
                }
                const propertyIndex = parent.children.indexOf(existing.parent);
                let removeBegin;
                let removeEnd = existing.parent.offset + existing.parent.length;
                if (propertyIndex > 0) {
                  let previous = parent.children[propertyIndex - 1];
                  removeBegin = previous.offset + previous.length;
                } else {
                  removeBegin = parent.offset + 1;
                  if (parent.children.length > 1) {
                    let next = parent.children[1];
                    removeEnd = next.offset;
                  }
                }
                return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: "" }, options);
              } else {
                return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
              }
            } else {
              if (value === void 0) {
                return [];
              }
              const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
              const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map((p) => p.children[0].value)) : parent.children.length;
              let edit;
              if (index > 0) {
                let previous = parent.children[index - 1];
                edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
              } else if (parent.children.length === 0) {
                edit = { offset: parent.offset + 1, length: 0, content: newProperty };
              } else {
                edit = { offset: parent.offset + 1, length: 0, content: newProperty + "," };
              }
              return withFormatting(text, edit, options);
            }
          } else if (parent.type === "array" && typeof lastSegment === "number" && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
              const newProperty = `${JSON.stringify(value)}`;
              let edit;
              if (parent.children.length === 0) {
                edit = { offset: parent.offset + 1, length: 0, content: newProperty };
              } else {
                const previous = parent.children[parent.children.length - 1];
                edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
              }
              return withFormatting(text, edit, options);
            } else if (value === void 0 && parent.children.length >= 0) {
              const removalIndex = lastSegment;
              const toRemove = parent.children[removalIndex];
              let edit;
              if (parent.children.length === 1) {
                edit = { offset: parent.offset + 1, length: parent.length - 2, content: "" };
              } else if (parent.children.length - 1 === removalIndex) {
                let previous = parent.children[removalIndex - 1];
                let offset = previous.offset + previous.length;
                let parentEndOffset = parent.offset + parent.length;
                edit = { offset, length: parentEndOffset - 2 - offset, content: "" };
              } else {
                edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: "" };
              }
              return withFormatting(text, edit, options);
            } else if (value !== void 0) {
              let edit;
              const newProperty = `${JSON.stringify(value)}`;
              if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                const toModify = parent.children[lastSegment];
                edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
              } else if (parent.children.length === 0 || lastSegment === 0) {
                edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + "," };
              } else {
                const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                const previous = parent.children[index - 1];
                edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
              }
              return withFormatting(text, edit, options);
            } else {
              throw new Error(`Can not ${value === void 0 ? "remove" : options.isArrayInsertion ? "insert" : "modify"} Array index ${insertIndex} as length is not sufficient`);
            }
          } else {
            throw new Error(`Can not add ${typeof lastSegment !== "number" ? "index" : "property"} to parent of type ${parent.type}`);
          }
        }
        exports.setProperty = setProperty;
        function withFormatting(text, edit, options) {
          if (!options.formattingOptions) {
            return [edit];
          }
          let newText = applyEdit(text, edit);
          let begin = edit.offset;
          let end = edit.offset + edit.content.length;
          if (edit.length === 0 || edit.content.length === 0) {
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
              begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
              end++;
            }
          }
          const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
          for (let i = edits.length - 1; i >= 0; i--) {
            const edit2 = edits[i];
            newText = applyEdit(newText, edit2);
            begin = Math.min(begin, edit2.offset);
            end = Math.max(end, edit2.offset + edit2.length);
            end += edit2.content.length - edit2.length;
          }
          const editLength = text.length - (newText.length - end) - begin;
          return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
        }
        function applyEdit(text, edit) {
          return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
        }
        exports.applyEdit = applyEdit;
        function isWS(text, offset) {
          return "\r\n 	".indexOf(text.charAt(offset)) !== -1;
        }
        exports.isWS = isWS;
      });
    })
  ),
  /***/
  76612: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      (function(factory) {
        if (typeof module.exports === "object") {
          var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
          if (v !== void 0) module.exports = v;
        } else if (typeof define === "function" && define.amd) {
          define(["require", "exports", "./scanner", "./string-intern"], factory);
        }
      })(function() {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.isEOL = exports.format = void 0;
        const scanner_1 = __nccwpck_require__2(78525);
        const string_intern_1 = __nccwpck_require__2(54579);
        function format(documentText, range, options) {
          let initialIndentLevel;
          let formatText;
          let formatTextStart;
          let rangeStart;
          let rangeEnd;
          if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
              formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
              endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
          } else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
          }
          const eol = getEOL(options, documentText);
          const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
          let numberLineBreaks = 0;
          let indentLevel = 0;
          let indentValue;
          if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
          } else {
            indentValue = "	";
          }
          const indentType = indentValue === "	" ? "	" : " ";
          let scanner = (0, scanner_1.createScanner)(formatText, false);
          let hasError = false;
          function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
              return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
              return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
              return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
          }
          function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 || token === 14) {
              if (token === 14 && options.keepLines) {
                numberLineBreaks += 1;
              } else if (token === 14) {
                numberLineBreaks = 1;
              }
              token = scanner.scan();
            }
            hasError = token === 16 || scanner.getTokenError() !== 0;
            return token;
          }
          const editOperations = [];
          function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || startOffset < rangeEnd && endOffset > rangeStart) && documentText.substring(startOffset, endOffset) !== text) {
              editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
          }
          let firstToken = scanNext();
          if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
          }
          if (firstToken !== 17) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = indentValue.length * initialIndentLevel < 20 && options.insertSpaces ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel] : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
          }
          while (firstToken !== 17) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = "";
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 || secondToken === 13)) {
              let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
              addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
              firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
              needsLineBreak = secondToken === 12;
              replaceContent = needsLineBreak ? newLinesAndIndent() : "";
              secondToken = scanNext();
            }
            if (secondToken === 2) {
              if (firstToken !== 1) {
                indentLevel--;
              }
              ;
              if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1) {
                replaceContent = newLinesAndIndent();
              } else if (options.keepLines) {
                replaceContent = string_intern_1.cachedSpaces[1];
              }
            } else if (secondToken === 4) {
              if (firstToken !== 3) {
                indentLevel--;
              }
              ;
              if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3) {
                replaceContent = newLinesAndIndent();
              } else if (options.keepLines) {
                replaceContent = string_intern_1.cachedSpaces[1];
              }
            } else {
              switch (firstToken) {
                case 3:
                case 1:
                  indentLevel++;
                  if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                    replaceContent = newLinesAndIndent();
                  } else {
                    replaceContent = string_intern_1.cachedSpaces[1];
                  }
                  break;
                case 5:
                  if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                    replaceContent = newLinesAndIndent();
                  } else {
                    replaceContent = string_intern_1.cachedSpaces[1];
                  }
                  break;
                case 12:
                  replaceContent = newLinesAndIndent();
                  break;
                case 13:
                  if (numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                  } else if (!needsLineBreak) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                  }
                  break;
                case 6:
                  if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                  } else if (!needsLineBreak) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                  }
                  break;
                case 10:
                  if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                  } else if (secondToken === 6 && !needsLineBreak) {
                    replaceContent = "";
                  }
                  break;
                case 7:
                case 8:
                case 9:
                case 11:
                case 2:
                case 4:
                  if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                  } else {
                    if ((secondToken === 12 || secondToken === 13) && !needsLineBreak) {
                      replaceContent = string_intern_1.cachedSpaces[1];
                    } else if (secondToken !== 5 && secondToken !== 17) {
                      hasError = true;
                    }
                  }
                  break;
                case 16:
                  hasError = true;
                  break;
              }
              if (numberLineBreaks > 0 && (secondToken === 12 || secondToken === 13)) {
                replaceContent = newLinesAndIndent();
              }
            }
            if (secondToken === 17) {
              if (options.keepLines && numberLineBreaks > 0) {
                replaceContent = newLinesAndIndent();
              } else {
                replaceContent = options.insertFinalNewline ? eol : "";
              }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
          }
          return editOperations;
        }
        exports.format = format;
        function repeat(s, count) {
          let result = "";
          for (let i = 0; i < count; i++) {
            result += s;
          }
          return result;
        }
        function computeIndentLevel(content, options) {
          let i = 0;
          let nChars = 0;
          const tabSize = options.tabSize || 4;
          while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
              nChars++;
            } else if (ch === "	") {
              nChars += tabSize;
            } else {
              break;
            }
            i++;
          }
          return Math.floor(nChars / tabSize);
        }
        function getEOL(options, text) {
          for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === "\r") {
              if (i + 1 < text.length && text.charAt(i + 1) === "\n") {
                return "\r\n";
              }
              return "\r";
            } else if (ch === "\n") {
              return "\n";
            }
          }
          return options && options.eol || "\n";
        }
        function isEOL(text, offset) {
          return "\r\n".indexOf(text.charAt(offset)) !== -1;
        }
        exports.isEOL = isEOL;
      });
    })
  ),
  /***/
  95152: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      (function(factory) {
        if (typeof module.exports === "object") {
          var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
          if (v !== void 0) module.exports = v;
        } else if (typeof define === "function" && define.amd) {
          define(["require", "exports", "./scanner"], factory);
        }
      })(function() {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
        const scanner_1 = __nccwpck_require__2(78525);
        var ParseOptions;
        (function(ParseOptions2) {
          ParseOptions2.DEFAULT = {
            allowTrailingComma: false
          };
        })(ParseOptions || (ParseOptions = {}));
        function getLocation(text, position) {
          const segments = [];
          const earlyReturnException = new Object();
          let previousNode = void 0;
          const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: "object",
            parent: void 0
          };
          let isAtPropertyKey = false;
          function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = void 0;
            previousNode = previousNodeInst;
          }
          try {
            visit(text, {
              onObjectBegin: (offset, length) => {
                if (position <= offset) {
                  throw earlyReturnException;
                }
                previousNode = void 0;
                isAtPropertyKey = position > offset;
                segments.push("");
              },
              onObjectProperty: (name, offset, length) => {
                if (position < offset) {
                  throw earlyReturnException;
                }
                setPreviousNode(name, offset, length, "property");
                segments[segments.length - 1] = name;
                if (position <= offset + length) {
                  throw earlyReturnException;
                }
              },
              onObjectEnd: (offset, length) => {
                if (position <= offset) {
                  throw earlyReturnException;
                }
                previousNode = void 0;
                segments.pop();
              },
              onArrayBegin: (offset, length) => {
                if (position <= offset) {
                  throw earlyReturnException;
                }
                previousNode = void 0;
                segments.push(0);
              },
              onArrayEnd: (offset, length) => {
                if (position <= offset) {
                  throw earlyReturnException;
                }
                previousNode = void 0;
                segments.pop();
              },
              onLiteralValue: (value, offset, length) => {
                if (position < offset) {
                  throw earlyReturnException;
                }
                setPreviousNode(value, offset, length, getNodeType(value));
                if (position <= offset + length) {
                  throw earlyReturnException;
                }
              },
              onSeparator: (sep, offset, length) => {
                if (position <= offset) {
                  throw earlyReturnException;
                }
                if (sep === ":" && previousNode && previousNode.type === "property") {
                  previousNode.colonOffset = offset;
                  isAtPropertyKey = false;
                  previousNode = void 0;
                } else if (sep === ",") {
                  const last = segments[segments.length - 1];
                  if (typeof last === "number") {
                    segments[segments.length - 1] = last + 1;
                  } else {
                    isAtPropertyKey = true;
                    segments[segments.length - 1] = "";
                  }
                  previousNode = void 0;
                }
              }
            });
          } catch (e) {
            if (e !== earlyReturnException) {
              throw e;
            }
          }
          return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
              let k = 0;
              for (let i = 0; k < pattern.length && i < segments.length; i++) {
                if (pattern[k] === segments[i] || pattern[k] === "*") {
                  k++;
                } else if (pattern[k] !== "**") {
                  return false;
                }
              }
              return k === pattern.length;
            }
          };
        }
        exports.getLocation = getLocation;
        function parse(text, errors = [], options = ParseOptions.DEFAULT) {
          let currentProperty = null;
          let currentParent = [];
          const previousParents = [];
          function onValue(value) {
            if (Array.isArray(currentParent)) {
              currentParent.push(value);
            } else if (currentProperty !== null) {
              currentParent[currentProperty] = value;
            }
          }
          const visitor = {
            onObjectBegin: () => {
              const object = {};
              onValue(object);
              previousParents.push(currentParent);
              currentParent = object;
              currentProperty = null;
            },
            onObjectProperty: (name) => {
              currentProperty = name;
            },
            onObjectEnd: () => {
              currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
              const array = [];
              onValue(array);
              previousParents.push(currentParent);
              currentParent = array;
              currentProperty = null;
            },
            onArrayEnd: () => {
              currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
              errors.push({ error, offset, length });
            }
          };
          visit(text, visitor, options);
          return currentParent[0];
        }
        exports.parse = parse;
        function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
          let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
          function ensurePropertyComplete(endOffset) {
            if (currentParent.type === "property") {
              currentParent.length = endOffset - currentParent.offset;
              currentParent = currentParent.parent;
            }
          }
          function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
          }
          const visitor = {
            onObjectBegin: (offset) => {
              currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
              currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
              currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
              ensurePropertyComplete(offset + length);
              currentParent.length = offset + length - currentParent.offset;
              currentParent = currentParent.parent;
              ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
              currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
              currentParent.length = offset + length - currentParent.offset;
              currentParent = currentParent.parent;
              ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
              onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
              ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
              if (currentParent.type === "property") {
                if (sep === ":") {
                  currentParent.colonOffset = offset;
                } else if (sep === ",") {
                  ensurePropertyComplete(offset);
                }
              }
            },
            onError: (error, offset, length) => {
              errors.push({ error, offset, length });
            }
          };
          visit(text, visitor, options);
          const result = currentParent.children[0];
          if (result) {
            delete result.parent;
          }
          return result;
        }
        exports.parseTree = parseTree;
        function findNodeAtLocation(root, path2) {
          if (!root) {
            return void 0;
          }
          let node = root;
          for (let segment of path2) {
            if (typeof segment === "string") {
              if (node.type !== "object" || !Array.isArray(node.children)) {
                return void 0;
              }
              let found = false;
              for (const propertyNode of node.children) {
                if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                  node = propertyNode.children[1];
                  found = true;
                  break;
                }
              }
              if (!found) {
                return void 0;
              }
            } else {
              const index = segment;
              if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                return void 0;
              }
              node = node.children[index];
            }
          }
          return node;
        }
        exports.findNodeAtLocation = findNodeAtLocation;
        function getNodePath(node) {
          if (!node.parent || !node.parent.children) {
            return [];
          }
          const path2 = getNodePath(node.parent);
          if (node.parent.type === "property") {
            const key = node.parent.children[0].value;
            path2.push(key);
          } else if (node.parent.type === "array") {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
              path2.push(index);
            }
          }
          return path2;
        }
        exports.getNodePath = getNodePath;
        function getNodeValue(node) {
          switch (node.type) {
            case "array":
              return node.children.map(getNodeValue);
            case "object":
              const obj = /* @__PURE__ */ Object.create(null);
              for (let prop of node.children) {
                const valueNode = prop.children[1];
                if (valueNode) {
                  obj[prop.children[0].value] = getNodeValue(valueNode);
                }
              }
              return obj;
            case "null":
            case "string":
            case "number":
            case "boolean":
              return node.value;
            default:
              return void 0;
          }
        }
        exports.getNodeValue = getNodeValue;
        function contains(node, offset, includeRightBound = false) {
          return offset >= node.offset && offset < node.offset + node.length || includeRightBound && offset === node.offset + node.length;
        }
        exports.contains = contains;
        function findNodeAtOffset(node, offset, includeRightBound = false) {
          if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
              for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                const item = findNodeAtOffset(children[i], offset, includeRightBound);
                if (item) {
                  return item;
                }
              }
            }
            return node;
          }
          return void 0;
        }
        exports.findNodeAtOffset = findNodeAtOffset;
        function visit(text, visitor, options = ParseOptions.DEFAULT) {
          const _scanner = (0, scanner_1.createScanner)(text, false);
          const _jsonPath = [];
          let suppressedCallbacks = 0;
          function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
          }
          function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
          }
          function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
          }
          function toBeginVisit(visitFunction) {
            return visitFunction ? () => {
              if (suppressedCallbacks > 0) {
                suppressedCallbacks++;
              } else {
                let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                if (cbReturn === false) {
                  suppressedCallbacks = 1;
                }
              }
            } : () => true;
          }
          function toEndVisit(visitFunction) {
            return visitFunction ? () => {
              if (suppressedCallbacks > 0) {
                suppressedCallbacks--;
              }
              if (suppressedCallbacks === 0) {
                visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
              }
            } : () => true;
          }
          const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
          const disallowComments = options && options.disallowComments;
          const allowTrailingComma = options && options.allowTrailingComma;
          function scanNext() {
            while (true) {
              const token = _scanner.scan();
              switch (_scanner.getTokenError()) {
                case 4:
                  handleError(
                    14
                    /* ParseErrorCode.InvalidUnicode */
                  );
                  break;
                case 5:
                  handleError(
                    15
                    /* ParseErrorCode.InvalidEscapeCharacter */
                  );
                  break;
                case 3:
                  handleError(
                    13
                    /* ParseErrorCode.UnexpectedEndOfNumber */
                  );
                  break;
                case 1:
                  if (!disallowComments) {
                    handleError(
                      11
                      /* ParseErrorCode.UnexpectedEndOfComment */
                    );
                  }
                  break;
                case 2:
                  handleError(
                    12
                    /* ParseErrorCode.UnexpectedEndOfString */
                  );
                  break;
                case 6:
                  handleError(
                    16
                    /* ParseErrorCode.InvalidCharacter */
                  );
                  break;
              }
              switch (token) {
                case 12:
                case 13:
                  if (disallowComments) {
                    handleError(
                      10
                      /* ParseErrorCode.InvalidCommentToken */
                    );
                  } else {
                    onComment();
                  }
                  break;
                case 16:
                  handleError(
                    1
                    /* ParseErrorCode.InvalidSymbol */
                  );
                  break;
                case 15:
                case 14:
                  break;
                default:
                  return token;
              }
            }
          }
          function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
              let token = _scanner.getToken();
              while (token !== 17) {
                if (skipUntilAfter.indexOf(token) !== -1) {
                  scanNext();
                  break;
                } else if (skipUntil.indexOf(token) !== -1) {
                  break;
                }
                token = scanNext();
              }
            }
          }
          function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
              onLiteralValue(value);
            } else {
              onObjectProperty(value);
              _jsonPath.push(value);
            }
            scanNext();
            return true;
          }
          function parseLiteral() {
            switch (_scanner.getToken()) {
              case 11:
                const tokenValue = _scanner.getTokenValue();
                let value = Number(tokenValue);
                if (isNaN(value)) {
                  handleError(
                    2
                    /* ParseErrorCode.InvalidNumberFormat */
                  );
                  value = 0;
                }
                onLiteralValue(value);
                break;
              case 7:
                onLiteralValue(null);
                break;
              case 8:
                onLiteralValue(true);
                break;
              case 9:
                onLiteralValue(false);
                break;
              default:
                return false;
            }
            scanNext();
            return true;
          }
          function parseProperty() {
            if (_scanner.getToken() !== 10) {
              handleError(3, [], [
                2,
                5
                /* SyntaxKind.CommaToken */
              ]);
              return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6) {
              onSeparator(":");
              scanNext();
              if (!parseValue()) {
                handleError(4, [], [
                  2,
                  5
                  /* SyntaxKind.CommaToken */
                ]);
              }
            } else {
              handleError(5, [], [
                2,
                5
                /* SyntaxKind.CommaToken */
              ]);
            }
            _jsonPath.pop();
            return true;
          }
          function parseObject() {
            onObjectBegin();
            scanNext();
            let needsComma = false;
            while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
              if (_scanner.getToken() === 5) {
                if (!needsComma) {
                  handleError(4, [], []);
                }
                onSeparator(",");
                scanNext();
                if (_scanner.getToken() === 2 && allowTrailingComma) {
                  break;
                }
              } else if (needsComma) {
                handleError(6, [], []);
              }
              if (!parseProperty()) {
                handleError(4, [], [
                  2,
                  5
                  /* SyntaxKind.CommaToken */
                ]);
              }
              needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2) {
              handleError(7, [
                2
                /* SyntaxKind.CloseBraceToken */
              ], []);
            } else {
              scanNext();
            }
            return true;
          }
          function parseArray() {
            onArrayBegin();
            scanNext();
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
              if (_scanner.getToken() === 5) {
                if (!needsComma) {
                  handleError(4, [], []);
                }
                onSeparator(",");
                scanNext();
                if (_scanner.getToken() === 4 && allowTrailingComma) {
                  break;
                }
              } else if (needsComma) {
                handleError(6, [], []);
              }
              if (isFirstElement) {
                _jsonPath.push(0);
                isFirstElement = false;
              } else {
                _jsonPath[_jsonPath.length - 1]++;
              }
              if (!parseValue()) {
                handleError(4, [], [
                  4,
                  5
                  /* SyntaxKind.CommaToken */
                ]);
              }
              needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
              _jsonPath.pop();
            }
            if (_scanner.getToken() !== 4) {
              handleError(8, [
                4
                /* SyntaxKind.CloseBracketToken */
              ], []);
            } else {
              scanNext();
            }
            return true;
          }
          function parseValue() {
            switch (_scanner.getToken()) {
              case 3:
                return parseArray();
              case 1:
                return parseObject();
              case 10:
                return parseString(true);
              default:
                return parseLiteral();
            }
          }
          scanNext();
          if (_scanner.getToken() === 17) {
            if (options.allowEmptyContent) {
              return true;
            }
            handleError(4, [], []);
            return false;
          }
          if (!parseValue()) {
            handleError(4, [], []);
            return false;
          }
          if (_scanner.getToken() !== 17) {
            handleError(9, [], []);
          }
          return true;
        }
        exports.visit = visit;
        function stripComments(text, replaceCh) {
          let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
          do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
              case 12:
              case 13:
              case 17:
                if (offset !== pos) {
                  parts.push(text.substring(offset, pos));
                }
                if (replaceCh !== void 0) {
                  parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                }
                offset = _scanner.getPosition();
                break;
            }
          } while (kind !== 17);
          return parts.join("");
        }
        exports.stripComments = stripComments;
        function getNodeType(value) {
          switch (typeof value) {
            case "boolean":
              return "boolean";
            case "number":
              return "number";
            case "string":
              return "string";
            case "object": {
              if (!value) {
                return "null";
              } else if (Array.isArray(value)) {
                return "array";
              }
              return "object";
            }
            default:
              return "null";
          }
        }
        exports.getNodeType = getNodeType;
      });
    })
  ),
  /***/
  78525: (
    /***/
    ((module, exports) => {
      (function(factory) {
        if (typeof module.exports === "object") {
          var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
          if (v !== void 0) module.exports = v;
        } else if (typeof define === "function" && define.amd) {
          define(["require", "exports"], factory);
        }
      })(function() {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.createScanner = void 0;
        function createScanner(text, ignoreTrivia = false) {
          const len = text.length;
          let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
          function scanHexDigits(count, exact) {
            let digits = 0;
            let value2 = 0;
            while (digits < count || !exact) {
              let ch = text.charCodeAt(pos);
              if (ch >= 48 && ch <= 57) {
                value2 = value2 * 16 + ch - 48;
              } else if (ch >= 65 && ch <= 70) {
                value2 = value2 * 16 + ch - 65 + 10;
              } else if (ch >= 97 && ch <= 102) {
                value2 = value2 * 16 + ch - 97 + 10;
              } else {
                break;
              }
              pos++;
              digits++;
            }
            if (digits < count) {
              value2 = -1;
            }
            return value2;
          }
          function setPosition(newPosition) {
            pos = newPosition;
            value = "";
            tokenOffset = 0;
            token = 16;
            scanError = 0;
          }
          function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48) {
              pos++;
            } else {
              pos++;
              while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                pos++;
              }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46) {
              pos++;
              if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                  pos++;
                }
              } else {
                scanError = 3;
                return text.substring(start, pos);
              }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
              pos++;
              if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
                pos++;
              }
              if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                  pos++;
                }
                end = pos;
              } else {
                scanError = 3;
              }
            }
            return text.substring(start, end);
          }
          function scanString() {
            let result = "", start = pos;
            while (true) {
              if (pos >= len) {
                result += text.substring(start, pos);
                scanError = 2;
                break;
              }
              const ch = text.charCodeAt(pos);
              if (ch === 34) {
                result += text.substring(start, pos);
                pos++;
                break;
              }
              if (ch === 92) {
                result += text.substring(start, pos);
                pos++;
                if (pos >= len) {
                  scanError = 2;
                  break;
                }
                const ch2 = text.charCodeAt(pos++);
                switch (ch2) {
                  case 34:
                    result += '"';
                    break;
                  case 92:
                    result += "\\";
                    break;
                  case 47:
                    result += "/";
                    break;
                  case 98:
                    result += "\b";
                    break;
                  case 102:
                    result += "\f";
                    break;
                  case 110:
                    result += "\n";
                    break;
                  case 114:
                    result += "\r";
                    break;
                  case 116:
                    result += "	";
                    break;
                  case 117:
                    const ch3 = scanHexDigits(4, true);
                    if (ch3 >= 0) {
                      result += String.fromCharCode(ch3);
                    } else {
                      scanError = 4;
                    }
                    break;
                  default:
                    scanError = 5;
                }
                start = pos;
                continue;
              }
              if (ch >= 0 && ch <= 31) {
                if (isLineBreak(ch)) {
                  result += text.substring(start, pos);
                  scanError = 2;
                  break;
                } else {
                  scanError = 6;
                }
              }
              pos++;
            }
            return result;
          }
          function scanNext() {
            value = "";
            scanError = 0;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
              tokenOffset = len;
              return token = 17;
            }
            let code = text.charCodeAt(pos);
            if (isWhiteSpace(code)) {
              do {
                pos++;
                value += String.fromCharCode(code);
                code = text.charCodeAt(pos);
              } while (isWhiteSpace(code));
              return token = 15;
            }
            if (isLineBreak(code)) {
              pos++;
              value += String.fromCharCode(code);
              if (code === 13 && text.charCodeAt(pos) === 10) {
                pos++;
                value += "\n";
              }
              lineNumber++;
              tokenLineStartOffset = pos;
              return token = 14;
            }
            switch (code) {
              // tokens: []{}:,
              case 123:
                pos++;
                return token = 1;
              case 125:
                pos++;
                return token = 2;
              case 91:
                pos++;
                return token = 3;
              case 93:
                pos++;
                return token = 4;
              case 58:
                pos++;
                return token = 6;
              case 44:
                pos++;
                return token = 5;
              // strings
              case 34:
                pos++;
                value = scanString();
                return token = 10;
              // comments
              case 47:
                const start = pos - 1;
                if (text.charCodeAt(pos + 1) === 47) {
                  pos += 2;
                  while (pos < len) {
                    if (isLineBreak(text.charCodeAt(pos))) {
                      break;
                    }
                    pos++;
                  }
                  value = text.substring(start, pos);
                  return token = 12;
                }
                if (text.charCodeAt(pos + 1) === 42) {
                  pos += 2;
                  const safeLength = len - 1;
                  let commentClosed = false;
                  while (pos < safeLength) {
                    const ch = text.charCodeAt(pos);
                    if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
                      pos += 2;
                      commentClosed = true;
                      break;
                    }
                    pos++;
                    if (isLineBreak(ch)) {
                      if (ch === 13 && text.charCodeAt(pos) === 10) {
                        pos++;
                      }
                      lineNumber++;
                      tokenLineStartOffset = pos;
                    }
                  }
                  if (!commentClosed) {
                    pos++;
                    scanError = 1;
                  }
                  value = text.substring(start, pos);
                  return token = 13;
                }
                value += String.fromCharCode(code);
                pos++;
                return token = 16;
              // numbers
              case 45:
                value += String.fromCharCode(code);
                pos++;
                if (pos === len || !isDigit(text.charCodeAt(pos))) {
                  return token = 16;
                }
              // found a minus, followed by a number so
              // we fall through to proceed with scanning
              // numbers
              case 48:
              case 49:
              case 50:
              case 51:
              case 52:
              case 53:
              case 54:
              case 55:
              case 56:
              case 57:
                value += scanNumber();
                return token = 11;
              // literals and unknown symbols
              default:
                while (pos < len && isUnknownContentCharacter(code)) {
                  pos++;
                  code = text.charCodeAt(pos);
                }
                if (tokenOffset !== pos) {
                  value = text.substring(tokenOffset, pos);
                  switch (value) {
                    case "true":
                      return token = 8;
                    case "false":
                      return token = 9;
                    case "null":
                      return token = 7;
                  }
                  return token = 16;
                }
                value += String.fromCharCode(code);
                pos++;
                return token = 16;
            }
          }
          function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
              return false;
            }
            switch (code) {
              case 125:
              case 93:
              case 123:
              case 91:
              case 34:
              case 58:
              case 44:
              case 47:
                return false;
            }
            return true;
          }
          function scanNextNonTrivia() {
            let result;
            do {
              result = scanNext();
            } while (result >= 12 && result <= 15);
            return result;
          }
          return {
            setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError
          };
        }
        exports.createScanner = createScanner;
        function isWhiteSpace(ch) {
          return ch === 32 || ch === 9;
        }
        function isLineBreak(ch) {
          return ch === 10 || ch === 13;
        }
        function isDigit(ch) {
          return ch >= 48 && ch <= 57;
        }
        var CharacterCodes;
        (function(CharacterCodes2) {
          CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
          CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
          CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
          CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
          CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
          CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
          CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
          CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
          CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
          CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
          CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
          CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
          CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
          CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
          CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
          CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
          CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
          CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
          CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
          CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
          CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
          CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
          CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
          CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
          CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
          CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
          CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
          CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
          CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
          CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
          CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
          CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
          CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
          CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
          CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
          CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
          CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
          CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
          CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
          CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
          CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
          CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
          CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
          CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
          CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
          CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
          CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
          CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
          CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
          CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
          CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
          CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
          CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
          CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
          CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
          CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
          CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
          CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
          CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
          CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
          CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
          CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
          CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
          CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
          CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
          CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
          CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
          CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
          CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
          CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
          CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
          CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
          CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
          CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
          CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
          CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
          CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
          CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
          CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
          CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
        })(CharacterCodes || (CharacterCodes = {}));
      });
    })
  ),
  /***/
  54579: (
    /***/
    ((module, exports) => {
      (function(factory) {
        if (typeof module.exports === "object") {
          var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
          if (v !== void 0) module.exports = v;
        } else if (typeof define === "function" && define.amd) {
          define(["require", "exports"], factory);
        }
      })(function() {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
        exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
          return " ".repeat(index);
        });
        const maxCachedValues = 200;
        exports.cachedBreakLinesWithSpaces = {
          " ": {
            "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
              return "\n" + " ".repeat(index);
            }),
            "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
              return "\r" + " ".repeat(index);
            }),
            "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
              return "\r\n" + " ".repeat(index);
            })
          },
          "	": {
            "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
              return "\n" + "	".repeat(index);
            }),
            "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
              return "\r" + "	".repeat(index);
            }),
            "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
              return "\r\n" + "	".repeat(index);
            })
          }
        };
        exports.supportedEols = ["\n", "\r", "\r\n"];
      });
    })
  ),
  /***/
  99547: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      (function(factory) {
        if (typeof module.exports === "object") {
          var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
          if (v !== void 0) module.exports = v;
        } else if (typeof define === "function" && define.amd) {
          define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
        }
      })(function() {
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
        const formatter = __nccwpck_require__2(76612);
        const edit = __nccwpck_require__2(14807);
        const scanner = __nccwpck_require__2(78525);
        const parser = __nccwpck_require__2(95152);
        exports.createScanner = scanner.createScanner;
        var ScanError;
        (function(ScanError2) {
          ScanError2[ScanError2["None"] = 0] = "None";
          ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
          ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
          ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
          ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
          ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
          ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
        })(ScanError || (exports.ScanError = ScanError = {}));
        var SyntaxKind;
        (function(SyntaxKind2) {
          SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
          SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
          SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
          SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
          SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
          SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
          SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
          SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
          SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
          SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
          SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
          SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
          SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
          SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
          SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
          SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
          SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
        })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
        exports.getLocation = parser.getLocation;
        exports.parse = parser.parse;
        exports.parseTree = parser.parseTree;
        exports.findNodeAtLocation = parser.findNodeAtLocation;
        exports.findNodeAtOffset = parser.findNodeAtOffset;
        exports.getNodePath = parser.getNodePath;
        exports.getNodeValue = parser.getNodeValue;
        exports.visit = parser.visit;
        exports.stripComments = parser.stripComments;
        var ParseErrorCode;
        (function(ParseErrorCode2) {
          ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
          ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
          ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
          ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
          ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
          ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
          ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
          ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
          ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
          ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
          ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
          ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
          ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
          ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
          ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
          ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
        })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
        function printParseErrorCode(code) {
          switch (code) {
            case 1:
              return "InvalidSymbol";
            case 2:
              return "InvalidNumberFormat";
            case 3:
              return "PropertyNameExpected";
            case 4:
              return "ValueExpected";
            case 5:
              return "ColonExpected";
            case 6:
              return "CommaExpected";
            case 7:
              return "CloseBraceExpected";
            case 8:
              return "CloseBracketExpected";
            case 9:
              return "EndOfFileExpected";
            case 10:
              return "InvalidCommentToken";
            case 11:
              return "UnexpectedEndOfComment";
            case 12:
              return "UnexpectedEndOfString";
            case 13:
              return "UnexpectedEndOfNumber";
            case 14:
              return "InvalidUnicode";
            case 15:
              return "InvalidEscapeCharacter";
            case 16:
              return "InvalidCharacter";
          }
          return "<unknown ParseErrorCode>";
        }
        exports.printParseErrorCode = printParseErrorCode;
        function format(documentText, range, options) {
          return formatter.format(documentText, range, options);
        }
        exports.format = format;
        function modify(text, path2, value, options) {
          return edit.setProperty(text, path2, value, options);
        }
        exports.modify = modify;
        function applyEdits(text, edits) {
          let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
              return a.length - b.length;
            }
            return diff;
          });
          let lastModifiedOffset = text.length;
          for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
              text = edit.applyEdit(text, e);
            } else {
              throw new Error("Overlapping edit");
            }
            lastModifiedOffset = e.offset;
          }
          return text;
        }
        exports.applyEdits = applyEdits;
      });
    })
  ),
  /***/
  95581: (
    /***/
    ((module, __unused_webpack___webpack_exports__, __nccwpck_require__2) => {
      __nccwpck_require__2.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
        try {
          var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(62611);
          var _cli_usage_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(27485);
          var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(61037);
          var _input_names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(74098);
          var _last_resort_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(30241);
          const argv = process.argv.slice(2);
          const debug = argv.includes("--debug") || process.env.FLOWFERRY_DEBUG === "true";
          const command = argv[0] ?? "";
          await (0, _last_resort_js__WEBPACK_IMPORTED_MODULE_4__.N)(async () => {
            try {
              const code = await (0, _cli_main_js__WEBPACK_IMPORTED_MODULE_0__.m)(argv);
              if (code !== void 0)
                process.exitCode = code;
            } catch (error) {
              process.stderr.write(`${(0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ig)((0, _cli_usage_js__WEBPACK_IMPORTED_MODULE_1__.kY)(error, debug))}
`);
              process.stdout.write("", () => process.exit(error instanceof _cli_usage_js__WEBPACK_IMPORTED_MODULE_1__.eb ? 2 : 1));
            }
          }, (message) => {
            process.stderr.write(`${(0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ig)(`flowferry ${command}: ${message}`)}
`);
            if (_input_names_js__WEBPACK_IMPORTED_MODULE_3__.zU.includes(command)) {
              process.stdout.write(`${(0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.ci)(JSON.stringify({ operation: command, status: "failed", message }))}
`);
            }
          });
          __webpack_async_result__();
        } catch (e) {
          __webpack_async_result__(e);
        }
      }, 1);
    })
  ),
  /***/
  77593: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Ae: () => (
          /* binding */
          booleanFlags
        ),
        /* harmony export */
        XR: () => (
          /* binding */
          operationFlags
        ),
        /* harmony export */
        Zy: () => (
          /* binding */
          parseArgs
        ),
        /* harmony export */
        kX: () => (
          /* binding */
          unknownFlags
        ),
        /* harmony export */
        pD: () => (
          /* binding */
          envName
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const booleanFlags = /* @__PURE__ */ new Set([
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Activate,
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.CreateFolders,
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Wait,
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.UploadArtifact,
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.DryRun,
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.AllowHttp,
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.FailOnDrift,
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.RedactSecrets,
        _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Backup,
        "debug",
        "help"
      ]);
      const booleanWord = /^(true|True|TRUE|false|False|FALSE)$/;
      function parseArgs(argv) {
        const flags = /* @__PURE__ */ new Map();
        const positional = [];
        for (let i = 0; i < argv.length; i++) {
          const arg = argv[i];
          if (!arg.startsWith("--") || arg === "--") {
            positional.push(arg);
            continue;
          }
          const eq = arg.indexOf("=");
          const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
          const next = argv[i + 1];
          if (eq > 0) {
            flags.set(name, arg.slice(eq + 1));
          } else if (next !== void 0 && !next.startsWith("--") && (!booleanFlags.has(name) || booleanWord.test(next))) {
            flags.set(name, next);
            i++;
          } else {
            flags.set(name, "true");
          }
        }
        return { flags, positional };
      }
      function operationFlags() {
        return [...Object.values(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd).filter((name) => name !== _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Operation), "debug", "help"];
      }
      function unknownFlags(flags) {
        const known = new Set(operationFlags());
        return [...flags.keys()].filter((name) => !known.has(name));
      }
      function envName(input2) {
        return `FLOWFERRY_${input2.toUpperCase().replace(/-/g, "_")}`;
      }
    })
  ),
  /***/
  62611: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        m: () => (
          /* binding */
          cliMain
        )
      });
      var input_names = __nccwpck_require__2(74098);
      var core_clock = __nccwpck_require__2(32257);
      var dispatcher = __nccwpck_require__2(23123);
      var artifact_name = __nccwpck_require__2(70761);
      var core_errors = __nccwpck_require__2(74296);
      var loopback = __nccwpck_require__2(3782);
      var duration = __nccwpck_require__2(98571);
      ;
      const MAX_TIMEOUT_MS = 5 * 24 * 36e5;
      const MAX_POLL_INTERVAL_MS = 10 * 6e4;
      const TIMEOUT_LIMIT = { max: MAX_TIMEOUT_MS, why: "the longest a job can run on any GitHub Actions runner (5 days, self-hosted)", example: "30m" };
      const POLL_INTERVAL_LIMIT = { max: MAX_POLL_INTERVAL_MS, why: "the longest gap between status polls flowferry takes", example: "2s" };
      function input_limits_duration(name, value, limit) {
        const ms = (0, duration.E)(value);
        if (ms === void 0)
          throw new core_errors.dz(name, `'${value}' is not a duration; use a number of seconds or 90s, 10m, 1h`, limit.example);
        if (ms > limit.max)
          throw new core_errors.dz(name, `'${value}' is longer than ${(0, duration.a)(limit.max)}, ${limit.why}`, limit.example);
        return ms;
      }
      function credential(name, value) {
        if (value !== void 0 && /[\u0000-\u001f\u007f]/.test(value)) {
          throw new core_errors.dz(name, "holds a line break or another control character, which no request header can carry; copy the secret again without it");
        }
      }
      var secrets = __nccwpck_require__2(58010);
      var facts = __nccwpck_require__2(40947);
      var leapwork_facts = __nccwpck_require__2(97057);
      var secmaster_facts = __nccwpck_require__2(11599);
      var zuora_facts = __nccwpck_require__2(50303);
      ;
      const registry = {
        koreai: { facts: facts.Q, load: () => __nccwpck_require__2.e(
          /* import() */
          596
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 6596)) },
        zuora: { facts: zuora_facts.k3, load: () => __nccwpck_require__2.e(
          /* import() */
          135
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 10135)) },
        secmaster: { facts: secmaster_facts.o, load: () => Promise.all(
          /* import() */
          [__nccwpck_require__2.e(771), __nccwpck_require__2.e(560)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 14560)) },
        leapwork: { facts: leapwork_facts.m, load: () => Promise.all(
          /* import() */
          [__nccwpck_require__2.e(971), __nccwpck_require__2.e(565)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 39565)) }
      };
      function platformNames() {
        return Object.keys(registry);
      }
      function everyPlatform() {
        return Object.values(registry).map((entry2) => entry2.facts);
      }
      function platformFacts(name) {
        return entry(name).facts;
      }
      async function loadPlatform(name) {
        return (await entry(name).load()).platform;
      }
      function entry(name) {
        const found = Object.hasOwn(registry, name) ? registry[name] : void 0;
        if (!found)
          throw new RangeError(`flowferry has no platform '${name}'`);
        return found;
      }
      ;
      function readInputs(source) {
        const raw = (name) => {
          const value = source(name).trim();
          return value === "" ? void 0 : value;
        };
        for (const name of input_names.HP)
          (0, secrets.cl)(raw(name));
        for (const name of input_names.HP)
          credential(name, raw(name));
        (0, secrets.cl)(raw(input_names.pd.GithubToken));
        credential(input_names.pd.GithubToken, raw(input_names.pd.GithubToken));
        const platform = oneOf(input_names.pd.Platform, raw(input_names.pd.Platform), platformNames(), "koreai");
        const facts2 = platformFacts(platform);
        const operation = oneOf(input_names.pd.Operation, raw(input_names.pd.Operation), input_names.zU, "import");
        const allowHttp = bool(input_names.pd.AllowHttp, raw(input_names.pd.AllowHttp), false);
        const baseUrlText = raw(input_names.pd.BaseUrl);
        const baseUrl = baseUrlText === void 0 ? void 0 : url(input_names.pd.BaseUrl, baseUrlText, allowHttp);
        const settings = {
          platform,
          operation,
          baseUrl,
          workflowId: raw(input_names.pd.WorkflowId),
          workflowName: raw(input_names.pd.WorkflowName),
          path: raw(input_names.pd.Path) ?? (operation === "export" ? "flowferry-export" : ""),
          wait: bool(input_names.pd.Wait, raw(input_names.pd.Wait), true),
          timeoutMs: input_limits_duration(input_names.pd.Timeout, raw(input_names.pd.Timeout) ?? "30m", TIMEOUT_LIMIT),
          pollIntervalMs: input_limits_duration(input_names.pd.PollInterval, raw(input_names.pd.PollInterval) ?? "2s", POLL_INTERVAL_LIMIT),
          jobId: raw(input_names.pd.JobId),
          uploadArtifact: bool(input_names.pd.UploadArtifact, raw(input_names.pd.UploadArtifact), true),
          artifactName: artifactName(raw(input_names.pd.ArtifactName)),
          retentionDays: integer(input_names.pd.RetentionDays, raw(input_names.pd.RetentionDays), 1, 90, "14"),
          dryRun: bool(input_names.pd.DryRun, raw(input_names.pd.DryRun), false),
          allowHttp,
          failOnDrift: bool(input_names.pd.FailOnDrift, raw(input_names.pd.FailOnDrift), false),
          varsFile: raw(input_names.pd.VarsFile),
          redactSecrets: bool(input_names.pd.RedactSecrets, raw(input_names.pd.RedactSecrets), true),
          backup: bool(input_names.pd.Backup, raw(input_names.pd.Backup), false),
          concurrency: integer(input_names.pd.Concurrency, raw(input_names.pd.Concurrency), 1, 64, "4") ?? 4,
          prComment: bool(input_names.pd.PrComment, raw(input_names.pd.PrComment), false),
          githubToken: raw(input_names.pd.GithubToken),
          // The platform's own inputs, as it declares them (platforms/<name>/facts.ts).
          own: facts2.readSettings({
            text: raw,
            flag: (name, fallback) => bool(name, raw(name), fallback),
            identityEndpoint: (name) => credentialEndpoint(name, raw(name))
          })
        };
        checkNeeds(settings, facts2, raw);
        return settings;
      }
      function checkNeeds(settings, platform, raw) {
        const { operation } = settings;
        if (operation === "validate") {
          if (!settings.path)
            throw new core_errors.dz(input_names.pd.Path, "validate needs the bundle(s) to check", "bundles/**");
          return;
        }
        if (!settings.baseUrl) {
          throw new core_errors.dz(input_names.pd.BaseUrl, `${operation} talks to ${platform.title}, so it needs its API base URL`, platform.inputs.exampleBaseUrl);
        }
        if ((operation === "import" || operation === "diff") && !settings.path) {
          throw new core_errors.dz(input_names.pd.Path, `${operation} needs a bundle directory, a platform file or a glob`, "flowferry-export");
        }
        if (operation === "wait") {
          if (!platform.jobs) {
            throw new core_errors.dz(input_names.pd.Operation, `${platform.title} finishes imports and exports within the request; there is no job to wait for`);
          }
          if (!settings.jobId)
            throw new core_errors.dz(input_names.pd.JobId, "wait needs the job id printed by an earlier run", "ds-5678");
        }
        if (settings.timeoutMs <= 0)
          throw new core_errors.dz(input_names.pd.Timeout, "must be longer than zero", "30m");
        if (settings.pollIntervalMs <= 0)
          throw new core_errors.dz(input_names.pd.PollInterval, "must be longer than zero", "2s");
        requireOneOf(platform, platform.inputs.auth, raw, `${platform.title} needs credentials`);
        const needs = platform.inputs.operations?.[operation];
        if (needs)
          requireOneOf(platform, needs, raw, `${operation} on ${platform.title} needs`);
      }
      function requireOneOf(platform, alternatives2, raw, what) {
        if (alternatives2.length === 0)
          return;
        if (alternatives2.some((set) => set.every((name) => raw(name) !== void 0)))
          return;
        const given = (set) => set.filter((name) => raw(name) !== void 0 && !alternatives2.every((other) => other.includes(name))).length;
        const closest = alternatives2.reduce((best, set) => given(set) > given(best) ? set : best, alternatives2[0]);
        const missing = closest.find((name) => raw(name) === void 0);
        const options = alternatives2.map((set) => set.map((name) => `'${name}'`).join(" + ")).join(", or ");
        throw new core_errors.dz(missing, `is missing: ${what} ${options}`, exampleFor(platform, missing));
      }
      const EXAMPLES = {
        [input_names.pd.WorkflowId]: "a-1234abcd",
        [input_names.pd.WorkflowName]: "Invoice triage"
      };
      function exampleFor(platform, name) {
        if (input_names.HP.includes(name))
          return `\${{ secrets.${name.toUpperCase().replace(/-/g, "_")} }}`;
        return platform.inputs.examples?.[name] ?? EXAMPLES[name] ?? "\u2026";
      }
      function oneOf(name, value, allowed, example) {
        if (value === void 0)
          throw new core_errors.dz(name, `is required; one of ${allowed.join(", ")}`, example);
        const match = allowed.find((candidate) => candidate === value.toLowerCase());
        if (!match)
          throw new core_errors.dz(name, `'${value}' is not one of ${allowed.join(", ")}`, example);
        return match;
      }
      function bool(name, value, fallback) {
        if (value === void 0)
          return fallback;
        if (["true", "True", "TRUE"].includes(value))
          return true;
        if (["false", "False", "FALSE"].includes(value))
          return false;
        throw new core_errors.dz(name, `'${value}' is not a boolean; use true or false`, String(!fallback));
      }
      function integer(name, value, min, max, example) {
        if (value === void 0)
          return void 0;
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
          throw new core_errors.dz(name, `'${value}' is not a whole number from ${min} to ${max}`, example);
        }
        return Number(value);
      }
      function url(name, value, allowHttp) {
        let parsed;
        try {
          parsed = new URL(value);
        } catch {
          throw new core_errors.dz(name, `'${value}' is not a URL`, "https://platform.example.com");
        }
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
          throw new core_errors.dz(name, `'${value}' must start with https:// (or http://)`, "https://platform.example.com");
        }
        if (parsed.username || parsed.password) {
          throw new core_errors.dz(name, "must not carry a user name or password; use the credential inputs", "https://platform.example.com");
        }
        if (parsed.search || parsed.hash) {
          throw new core_errors.dz(name, "must not have a query or fragment", `${parsed.origin}${parsed.pathname}`);
        }
        if (parsed.protocol === "http:" && !allowHttp && !(0, loopback.U)(parsed.hostname)) {
          throw new core_errors.dz(name, `'${parsed.origin}' uses plain http to a host that is not this machine, so credentials would cross the network unencrypted. Use https, or set allow-http: true if that network is trusted`, `https://${parsed.host}`);
        }
        parsed.pathname = parsed.pathname.replace(/\/+$/, "");
        return parsed;
      }
      function credentialEndpoint(name, value) {
        if (value === void 0)
          return void 0;
        const parsed = url(name, value, true);
        if (parsed.protocol === "http:" && !(0, loopback.U)(parsed.hostname)) {
          throw new core_errors.dz(name, `'${parsed.origin}' must use https: identity tokens are sent there, and allow-http does not apply to it`, `https://${parsed.host}`);
        }
        return parsed;
      }
      function artifactName(value) {
        if (value !== void 0 && artifact_name.R.test(value)) {
          throw new core_errors.dz(input_names.pd.ArtifactName, `'${value}' contains a character GitHub does not allow (" : < > | * ? \\ / or a line break)`, "koreai-invoice-triage");
        }
        return value;
      }
      var glob = __nccwpck_require__2(82758);
      ;
      const operationRunners = {
        import: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(114), __nccwpck_require__2.e(221), __nccwpck_require__2.e(259)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 65259))).importOperation,
        export: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(114), __nccwpck_require__2.e(862)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 77862))).exportOperation,
        validate: async () => (await __nccwpck_require__2.e(
          /* import() */
          721
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 60721))).validateOperation,
        wait: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(114), __nccwpck_require__2.e(501)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 22501))).waitOperation,
        diff: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(663), __nccwpck_require__2.e(114), __nccwpck_require__2.e(850)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 51850))).diffOperation
      };
      var result = __nccwpck_require__2(94649);
      var untrusted_text = __nccwpck_require__2(61037);
      ;
      async function run(frontEnd) {
        const clock = frontEnd.clock ?? core_clock.m;
        const started = clock.now();
        let settings;
        let results;
        try {
          settings = readInputs(frontEnd.input);
          results = await execute(settings, frontEnd);
        } catch (error2) {
          const platform = settings?.platform ?? (frontEnd.input(input_names.pd.Platform).trim() || "unknown");
          const operation = settings?.operation ?? (frontEnd.input(input_names.pd.Operation).trim() || "unknown");
          results = [(0, result.C5)((0, result.YT)(platform, operation), error2)];
        } finally {
          await (0, dispatcher.D6)();
        }
        const report = {
          platform: settings?.platform ?? results[0].platform,
          operation: settings?.operation ?? results[0].operation,
          status: (0, result.gX)(results),
          results,
          batch: settings ? (0, glob.f)(settings.path) && (settings.operation === "import" || settings.operation === "validate" || settings.operation === "diff") : false,
          durationMs: clock.now() - started,
          prComment: settings?.prComment ? { token: settings.githubToken } : void 0
        };
        await frontEnd.publish(report);
        return report;
      }
      async function execute(settings, frontEnd) {
        const platform = await loadPlatform(settings.platform);
        const clock = frontEnd.clock ?? core_clock.m;
        (0, untrusted_text.UK)(settings.baseUrl);
        let client;
        const context = {
          settings,
          platform,
          log: frontEnd.log,
          clock,
          deadline: core_clock.B.after(settings.timeoutMs, clock),
          artifacts: frontEnd.artifacts,
          client: () => client ??= platform.connect(settings, { log: frontEnd.log, deadline: context.deadline, clock, idToken: frontEnd.idToken }),
          resumeHint: (jobId) => frontEnd.resumeHint(settings, jobId),
          idToken: frontEnd.idToken
        };
        frontEnd.log.info(`flowferry ${settings.operation} on ${platform.title}${settings.baseUrl ? ` at ${settings.baseUrl.origin}` : ""}`);
        const runner = await operationRunners[settings.operation]();
        return runner(context);
      }
      var args = __nccwpck_require__2(77593);
      var promises_ = __nccwpck_require__2(51455);
      ;
      const STORED = 0;
      const FAST = 1;
      const MAGIC = [
        Buffer.from("504b0304", "hex"),
        // zip
        Buffer.from("504b0506", "hex"),
        // empty zip
        Buffer.from("1f8b", "hex"),
        // gzip
        Buffer.from("377abcaf271c", "hex"),
        // 7z
        Buffer.from("fd377a585a00", "hex"),
        // xz
        Buffer.from("425a68", "hex"),
        // bzip2
        Buffer.from("28b52ffd", "hex")
        // zstd
      ];
      async function artifact_level_compressionLevelFor(files) {
        let opaque = 0;
        let documents = 0;
        for (const file of files) {
          const { bytes, head } = await peek(file);
          if (bytes > IN_MEMORY_DOCUMENT_LIMIT || MAGIC.some((magic) => head.subarray(0, magic.length).equals(magic)))
            opaque += bytes;
          else
            documents += bytes;
        }
        return opaque > documents ? STORED : FAST;
      }
      async function peek(file) {
        try {
          const handle = await open(file, "r");
          try {
            const { size } = await handle.stat();
            const head = Buffer.alloc(8);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            return { bytes: size, head: head.subarray(0, bytesRead) };
          } finally {
            await handle.close();
          }
        } catch {
          return { bytes: 0, head: Buffer.alloc(0) };
        }
      }
      var memory = __nccwpck_require__2(11360);
      var core_phrasing = __nccwpck_require__2(31677);
      ;
      class ArtifactError extends /* unused pure expression or super */
      null {
      }
      const uploadHint = () => `An artifact name can be used once per workflow run: set ${input("artifact-name")} to another one, or ${setting("upload-artifact", "false")} to keep the bundle in the workspace only; otherwise ${phrase("rerun")}.`;
      class GitHubArtifactStore {
        log;
        env;
        constructor(log, env = process.env) {
          this.log = log;
          this.env = env;
        }
        unavailableReason() {
          if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
            return "not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL are not set)";
          }
          return void 0;
        }
        async upload(name, files, rootDir, retentionDays) {
          releaseGarbage();
          const compressionLevel = await compressionLevelFor(files);
          this.log.debug(`artifact ${name}: zip compression level ${compressionLevel}`);
          const { DefaultArtifactClient } = await __nccwpck_require__2.e(
            /* import() */
            291
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 7291));
          const client = new DefaultArtifactClient();
          let uploaded;
          try {
            limitUploadConcurrency(this.env);
            uploaded = await releasingWhile(() => client.uploadArtifact(name, files, rootDir, { compressionLevel, ...retentionDays ? { retentionDays } : {} }));
          } catch (error2) {
            throw new ArtifactError(`upload of artifact '${name}' failed: ${error2 instanceof Error ? error2.message : String(error2)}`, { cause: error2, hint: uploadHint() });
          }
          const { id, digest } = uploaded;
          if (id === void 0)
            throw new ArtifactError(`the artifact service did not return an id for artifact '${name}'`, { hint: uploadHint() });
          this.log.debug(`artifact ${name}: id ${id}, digest ${digest ?? "none"}`);
          return { id: String(id), url: this.urlFor(id) };
        }
        urlFor(id) {
          const { GITHUB_SERVER_URL: server = "https://github.com", GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run2 } = this.env;
          return repo && run2 ? `${server}/${repo}/actions/runs/${run2}/artifacts/${id}` : void 0;
        }
      }
      const ARTIFACT_UPLOAD_CONCURRENCY = 2;
      function limitUploadConcurrency(env) {
        if (env === process.env && !env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY)
          env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY = String(ARTIFACT_UPLOAD_CONCURRENCY);
      }
      const noArtifactStore = {
        unavailableReason: () => "artifacts exist only on GitHub Actions runners",
        upload: () => Promise.reject(new Error("no artifact store"))
      };
      var id_token = __nccwpck_require__2(34070);
      var core_crypto = __nccwpck_require__2(16082);
      var external_node_fs_ = __nccwpck_require__2(73024);
      var external_node_os_ = __nccwpck_require__2(48161);
      ;
      function getInput(name, env = process.env) {
        return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
      }
      function isDebug() {
        return process.env.RUNNER_DEBUG === "1";
      }
      function info(message) {
        process.stdout.write(message + EOL);
      }
      function debug(message) {
        issue("debug", {}, message);
      }
      function notice(message, properties = {}) {
        issue("notice", annotation(properties), message);
      }
      function warning(message, properties = {}) {
        issue("warning", annotation(properties), message);
      }
      function error(message, properties = {}) {
        issue("error", annotation(properties), message);
      }
      function setFailed(message) {
        process.exitCode = 1;
        error(message);
      }
      function setSecret(secret) {
        issue("add-mask", {}, secret);
      }
      async function group(name, fn) {
        issue("group", {}, name);
        try {
          return await fn();
        } finally {
          issue("endgroup", {}, "");
        }
      }
      function setOutput(name, value) {
        const file = process.env.GITHUB_OUTPUT ?? "";
        if (!file) {
          process.stdout.write(EOL);
          issue("set-output", { name }, value);
          return;
        }
        const delimiter = `ghadelimiter_${randomUUID()}`;
        if (name.includes(delimiter))
          throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
        if (value.includes(delimiter))
          throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
        if (!existsSync(file))
          throw new Error(`Missing file at path: ${file}`);
        appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: "utf8" });
      }
      async function appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
          throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
        try {
          await access(file, constants.R_OK | constants.W_OK);
        } catch {
          throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        await appendFile(file, markdown, { encoding: "utf8" });
      }
      function annotation(properties) {
        return { title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn };
      }
      function issue(command, properties, message) {
        const pairs = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "" && value !== 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
        process.stdout.write(`::${command}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}${EOL}`);
      }
      function escapeData(text) {
        return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
      }
      function escapeProperty(text) {
        return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
      }
      ;
      class ActionsLogger {
        get debugEnabled() {
          return core.isDebug();
        }
        debug(message) {
          core.debug(forLog(message));
        }
        info(message) {
          core.info(forLog(message));
        }
        warning(message) {
          core.warning(forLog(message));
        }
        error(message) {
          core.error(forLog(message));
        }
        annotate(finding) {
          const properties = {
            title: `flowferry ${finding.rule}`,
            // The toolkit escapes properties (%, CR, LF, ':' and ','); a bundle's file name may hold more.
            file: forLog(oneLine(finding.file)),
            startLine: finding.line,
            startColumn: finding.line === void 0 ? void 0 : finding.col
          };
          const message = forLog(oneLine(finding.message));
          if (finding.severity === "error")
            core.error(message, properties);
          else if (finding.severity === "warning")
            core.warning(message, properties);
          else
            core.notice(message, properties);
        }
        group(name, fn) {
          return core.group(forLog(name), fn);
        }
      }
      class ConsoleLogger {
        debugEnabled;
        write;
        constructor(debugEnabled = false, write = (line) => process.stderr.write(`${line}
`)) {
          this.debugEnabled = debugEnabled;
          this.write = write;
        }
        debug(message) {
          if (this.debugEnabled)
            this.write((0, untrusted_text.Ig)(`debug: ${message}`));
        }
        info(message) {
          this.write((0, untrusted_text.Ig)(message));
        }
        warning(message) {
          this.write((0, untrusted_text.Ig)(`warning: ${message}`));
        }
        error(message) {
          this.write((0, untrusted_text.Ig)(`error: ${message}`));
        }
        annotate(finding) {
          this.write((0, untrusted_text.Ig)((0, untrusted_text.TN)(`${finding.severity}: ${(0, core_errors.Cw)(finding)}: ${finding.message} [${finding.rule}]`)));
        }
        async group(name, fn) {
          this.write((0, untrusted_text.Ig)(`\u25B8 ${name}`));
          return fn();
        }
      }
      class MemoryLogger {
        debugEnabled;
        lines = [];
        findings = [];
        constructor(debugEnabled = true) {
          this.debugEnabled = debugEnabled;
        }
        debug(message) {
          this.lines.push(`debug: ${(0, untrusted_text.Ig)(message)}`);
        }
        info(message) {
          this.lines.push((0, untrusted_text.Ig)(message));
        }
        warning(message) {
          this.lines.push(`warning: ${(0, untrusted_text.Ig)(message)}`);
        }
        error(message) {
          this.lines.push(`error: ${(0, untrusted_text.Ig)(message)}`);
        }
        annotate(finding) {
          this.findings.push(finding);
        }
        async group(name, fn) {
          this.lines.push(`[${name}]`);
          return fn();
        }
        text() {
          return this.lines.join("\n");
        }
      }
      ;
      function phrasedLogger(log, phrasing2) {
        const say = (text) => (0, core_phrasing.XX)(text, phrasing2);
        return {
          get debugEnabled() {
            return log.debugEnabled;
          },
          debug: (message) => log.debug(say(message)),
          info: (message) => log.info(say(message)),
          warning: (message) => log.warning(say(message)),
          error: (message) => log.error(say(message)),
          annotate: (finding) => log.annotate({ ...finding, message: say(finding.message) }),
          group: (name, fn) => log.group(say(name), fn)
        };
      }
      ;
      const Output = {
        Status: "status",
        PlatformStatus: "platform-status",
        WorkflowId: "workflow-id",
        JobId: "job-id",
        Version: "version",
        Path: "path",
        Files: "files",
        ArtifactId: "artifact-id",
        ArtifactUrl: "artifact-url",
        DownloadUrl: "download-url",
        Changed: "changed",
        BackupArtifactId: "backup-artifact-id",
        CommentUrl: "comment-url",
        Result: "result"
      };
      var limits = __nccwpck_require__2(36419);
      ;
      function outputsOf(report) {
        const single = report.batch ? void 0 : report.results[0];
        const pick = (key) => {
          const value = single?.[key];
          return value === void 0 || value === null ? "" : (0, untrusted_text.TN)(String(value));
        };
        return {
          [Output.Status]: report.status,
          [Output.PlatformStatus]: pick("platformStatus"),
          [Output.WorkflowId]: pick("workflowId"),
          [Output.JobId]: pick("jobId"),
          [Output.Version]: pick("version"),
          [Output.Path]: pick("path"),
          [Output.Files]: filesText(report.results.flatMap((result2) => result2.files ?? [])),
          [Output.ArtifactId]: pick("artifactId"),
          [Output.ArtifactUrl]: pick("artifactUrl"),
          [Output.DownloadUrl]: single?.downloadUrl ? (0, untrusted_text.j$)(single.downloadUrl) : "",
          [Output.Changed]: report.operation === "diff" ? String(report.results.some((result2) => result2.changed === true)) : "",
          [Output.BackupArtifactId]: pick("backupArtifactId"),
          [Output.CommentUrl]: report.commentUrl ? (0, untrusted_text.TN)(report.commentUrl) : "",
          [Output.Result]: resultText(report)
        };
      }
      function publicResult(result2) {
        const { diff: _diff, diffFiles: _diffFiles, ...rest } = result2;
        return rest.downloadUrl ? { ...rest, downloadUrl: (0, untrusted_text.j$)(rest.downloadUrl) } : rest;
      }
      function resultText(report) {
        const results = report.results.map(publicResult);
        const whole = (0, untrusted_text.s$)(report.batch ? results : results[0]);
        if (Buffer.byteLength(whole) <= limits.BO)
          return whole;
        const compact = results.map(compactResult);
        if (!report.batch)
          return (0, untrusted_text.s$)(compact[0]);
        const shown = [];
        let left = limits.BO - results.length * 300;
        for (const [i, result2] of compact.entries()) {
          const size = Buffer.byteLength((0, untrusted_text.s$)(result2)) + 1;
          if (size > left) {
            shown.push(...results.slice(i).map((rest) => ({ path: cutText(rest.path, 200), status: rest.status, shortened: true })));
            break;
          }
          left -= size - 300;
          shown.push(result2);
        }
        return (0, untrusted_text.s$)(shown);
      }
      function compactResult(result2) {
        const { findings: _f, notes: _n, files: _files, dryRun: _d, placeholders: _p, hint, message, ...rest } = result2;
        return { ...rest, message: cutText(message, 300), hint: cutText(hint, 300), shortened: true };
      }
      function cutText(text, max) {
        return text === void 0 || text.length <= max ? text : `${text.slice(0, max)}\u2026`;
      }
      function filesText(files) {
        const whole = (0, untrusted_text.s$)(files);
        if (Buffer.byteLength(whole) <= limits.BO)
          return whole;
        let size = 2;
        const kept = [];
        for (const file of files) {
          size += Buffer.byteLength((0, untrusted_text.s$)(file)) + 1;
          if (size > limits.BO)
            break;
          kept.push(file);
        }
        return (0, untrusted_text.s$)(kept);
      }
      var phrasing = __nccwpck_require__2(11294);
      ;
      class CliFrontEnd {
        stdout;
        log;
        artifacts = noArtifactStore;
        input;
        /** Hints in a terminal user's words (`--upload-artifact false`, "run the command again"). */
        phrasing;
        /** Inside a GitHub job the runner's ID token is there for the command too (keyless sign-in). */
        idToken;
        constructor(operation, flags, env = process.env, stdout = (text) => process.stdout.write(text)) {
          this.stdout = stdout;
          this.phrasing = (0, phrasing.z)((flag) => flags.has(flag));
          this.log = phrasedLogger(new ConsoleLogger(flags.has("debug") || env.FLOWFERRY_DEBUG === "true"), this.phrasing);
          this.input = (name) => {
            if (name === input_names.pd.Operation)
              return operation;
            return flags.get(name) ?? env[(0, args.pD)(name)] ?? "";
          };
          this.idToken = (0, id_token.kn)((0, id_token.ob)(this.log, env), env);
        }
        resumeHint(settings, jobId) {
          const credentials = input_names.HP.filter((name) => this.input(name)).map((name) => (0, args.pD)(name));
          return [
            `Resume with:`,
            `  flowferry wait --platform ${settings.platform} --base-url ${settings.baseUrl?.toString() ?? ""} --job-id ${jobId}`,
            credentials.length ? `  (credentials from ${credentials.join(", ")})` : ""
          ].filter(Boolean).join("\n");
        }
        async publish(unrendered) {
          const report = (0, core_phrasing.Yl)(unrendered, this.phrasing);
          for (const result2 of report.results)
            for (const finding of result2.findings ?? [])
              this.log.annotate(finding);
          for (const result2 of report.results) {
            const parts = [
              result2.path,
              result2.workflowId && `workflow ${result2.workflowId}`,
              result2.jobId && `job ${result2.jobId}`,
              result2.version && `version ${result2.version}`,
              result2.durationMs !== void 0 && (0, duration.a)(result2.durationMs)
            ].filter(Boolean);
            this.log.info(`${result2.status}${parts.length ? ` \xB7 ${parts.join(" \xB7 ")}` : ""}`);
            if (result2.message && result2.status !== "succeeded")
              this.log.info(`  ${result2.message}`);
            if (result2.hint)
              this.log.info(result2.hint.replace(/^/gm, "  "));
            if (result2.diff)
              this.log.info(result2.diff);
          }
          this.stdout(`${(0, untrusted_text.ci)(outputsOf(report)[Output.Result])}
`);
          if ((0, result.N6)(report.status))
            process.exitCode = 1;
        }
      }
      var dist = __nccwpck_require__2(38815);
      ;
      const online = ["import", "export", "diff", "wait"];
      const input_use_all = "all";
      const jobs = "jobs";
      const inputUse = {
        [input_names.pd.Platform]: { operations: input_use_all, platforms: input_use_all },
        [input_names.pd.Operation]: { operations: input_use_all, platforms: input_use_all },
        [input_names.pd.BaseUrl]: { operations: online, platforms: input_use_all },
        [input_names.pd.ApiKey]: { operations: online, platforms: ["koreai", "leapwork"] },
        [input_names.pd.Token]: { operations: online, platforms: ["zuora", "secmaster"] },
        [input_names.pd.ClientId]: { operations: online, platforms: ["zuora"] },
        [input_names.pd.ClientSecret]: { operations: online, platforms: ["zuora"] },
        [input_names.pd.AccessKeyId]: { operations: online, platforms: ["secmaster"] },
        [input_names.pd.SecretAccessKey]: { operations: online, platforms: ["secmaster"] },
        [input_names.pd.ProjectId]: { operations: online, platforms: ["secmaster"] },
        [input_names.pd.WorkspaceId]: { operations: online, platforms: ["secmaster"] },
        [input_names.pd.WorkflowId]: { operations: ["import", "export", "diff"], platforms: input_use_all },
        [input_names.pd.WorkflowName]: { operations: ["import", "export", "diff"], platforms: input_use_all },
        [input_names.pd.FlowId]: { operations: ["export", "diff"], platforms: ["koreai"] },
        [input_names.pd.Version]: { operations: ["import", "export", "diff"], platforms: ["zuora"] },
        [input_names.pd.Activate]: { operations: ["import"], platforms: ["zuora"] },
        [input_names.pd.TargetFolder]: { operations: ["import"], platforms: ["leapwork"] },
        [input_names.pd.CreateFolders]: { operations: ["import"], platforms: ["leapwork"] },
        [input_names.pd.Path]: { operations: ["import", "export", "validate", "diff"], platforms: input_use_all },
        [input_names.pd.Wait]: { operations: ["import", "export"], platforms: jobs },
        [input_names.pd.Timeout]: { operations: online, platforms: input_use_all },
        [input_names.pd.PollInterval]: { operations: online, platforms: jobs },
        [input_names.pd.JobId]: { operations: ["wait"], platforms: jobs },
        [input_names.pd.UploadArtifact]: { operations: ["export"], platforms: input_use_all },
        [input_names.pd.ArtifactName]: { operations: ["export"], platforms: input_use_all },
        [input_names.pd.RetentionDays]: { operations: ["export"], platforms: input_use_all },
        [input_names.pd.DryRun]: { operations: ["import"], platforms: input_use_all },
        [input_names.pd.AllowHttp]: { operations: online, platforms: input_use_all },
        [input_names.pd.FailOnDrift]: { operations: ["diff"], platforms: input_use_all },
        [input_names.pd.VarsFile]: { operations: ["import"], platforms: input_use_all },
        [input_names.pd.RedactSecrets]: { operations: ["export"], platforms: input_use_all },
        [input_names.pd.Backup]: { operations: ["import"], platforms: input_use_all },
        [input_names.pd.Concurrency]: { operations: ["import", "validate", "diff"], platforms: input_use_all },
        [input_names.pd.SecurityToken]: { operations: online, platforms: ["secmaster"] },
        [input_names.pd.IdentityProvider]: { operations: online, platforms: ["secmaster"] },
        [input_names.pd.IamEndpoint]: { operations: online, platforms: ["secmaster"] },
        [input_names.pd.OidcAudience]: { operations: online, platforms: ["secmaster"] },
        [input_names.pd.Team]: { operations: ["import"], platforms: ["leapwork"] },
        [input_names.pd.Force]: { operations: ["import"], platforms: ["leapwork"] },
        // The action's alone: a pull-request comment needs the runner's event; the CLI writes none.
        [input_names.pd.PrComment]: { operations: [], platforms: input_use_all },
        [input_names.pd.GithubToken]: { operations: [], platforms: input_use_all }
      };
      function usedBy(name, operation) {
        const use = inputUse[name];
        return use.operations === "all" || use.operations.includes(operation);
      }
      var version = __nccwpck_require__2(71013);
      ;
      const SUMMARY = {
        import: "import bundles into an environment and wait for the platform's job",
        export: "export a workflow into a bundle directory",
        validate: "check bundles offline (manifest, checksums, JSON, the platform's rules); needs no credentials",
        diff: "compare bundles with the live workflow, semantically",
        wait: "wait for a job an earlier run started, by its id"
      };
      const TAKES_PATH = ["import", "validate", "diff"];
      const WIDTH = 100;
      function generalUsage() {
        const credentials = input_names.HP.map(args.pD).join(", ");
        return `flowferry ${version.x}: move workflow definitions between environments

Usage:
  flowferry <operation> --platform <name> [flags] [path]   run one operation, as the action does
  flowferry sandbox [flags]                                serve every platform's sandbox on loopback
  flowferry demo                                           export + import against the sandbox through the action bundle
  flowferry seal <bundle-dir>                              check a hand-edited bundle, then record its new checksums
  flowferry version                                        print the version (also --version)

Operations:
${input_names.zU.map((operation) => `  ${operation.padEnd(10)} ${SUMMARY[operation]}`).join("\n")}

Every action input is a flag of the same name (--base-url, --workflow-id, --dry-run, \u2026) and may also
come from an environment variable FLOWFERRY_<NAME> (FLOWFERRY_BASE_URL); credentials are best passed
that way:
${wrap(`${credentials}.`, 2).join("\n")}
--debug prints request-level detail. Progress goes to stderr, the result JSON to stdout; the exit
code is 1 when the status is failed or timed-out, 2 when the command line is wrong.

flowferry <command> --help lists a command's flags.`;
      }
      function operationHelp(operation) {
        const described = actionInputs();
        const names = Object.keys(inputUse).filter((name) => name !== input_names.pd.Operation && usedBy(name, operation));
        const lines = [
          `flowferry ${operation} --platform <name> [flags]${TAKES_PATH.includes(operation) ? " [path]" : ""}`,
          "",
          `${capitalise(SUMMARY[operation])}.`,
          "",
          `Flags (each may instead come from FLOWFERRY_<NAME>; credentials belong there):`
        ];
        for (const name of names) {
          const input2 = described[name] ?? {};
          const notes = [platformsOf(name)];
          if (name === input_names.pd.Platform)
            notes.splice(0, 1, "required");
          if (input_names.HP.includes(name))
            notes.push((0, args.pD)(name));
          if (input2.default)
            notes.push(`default ${input2.default}`);
          const flag = `  --${name}${args.Ae.has(name) ? "" : " <value>"}`;
          lines.push(`${flag.padEnd(32)} ${notes.join(" \xB7 ")}`);
          if (input2.description)
            lines.push(...wrap(input2.description.trim(), 6));
        }
        lines.push(`${"  --debug".padEnd(32)} request-level detail on stderr (credentials stay redacted)`);
        lines.push("", `What each platform needs for ${operation}:`);
        for (const platform of everyPlatform()) {
          if (operation === "wait" && !platform.jobs) {
            lines.push(`  ${platform.name.padEnd(10)} nothing to wait for: its imports and exports finish within the request`);
            continue;
          }
          const needs = [];
          if (operation !== "validate")
            needs.push("--base-url", alternatives(platform.inputs.auth));
          const extra = platform.inputs.operations?.[operation];
          if (extra?.length)
            needs.push(alternatives(extra));
          if (operation === "wait")
            needs.push("--job-id");
          if (TAKES_PATH.includes(operation))
            needs.push("a path");
          const [first = "", ...more] = wrap(needs.filter(Boolean).join("; "), 13);
          lines.push(`  ${platform.name.padEnd(10)} ${first.trimStart()}`, ...more);
        }
        return lines.join("\n");
      }
      function platformsOf(name) {
        const use = inputUse[name].platforms;
        if (use === "all")
          return "all platforms";
        if (use === "jobs")
          return everyPlatform().filter((platform) => platform.jobs).map((platform) => platform.name).join(", ");
        return use.join(", ");
      }
      function alternatives(sets) {
        const text = sets.map((set) => set.map((name) => `--${name}`).join(" + "));
        return text.length > 1 ? `${text.slice(0, -1).join(", ")}, or ${text.at(-1)}` : text[0] ?? "";
      }
      function actionInputs() {
        try {
          const document = (0, dist.qg)((0, external_node_fs_.readFileSync)(__nccwpck_require__2.ab + "action.yml", "utf8"));
          return document.inputs ?? {};
        } catch {
          return {};
        }
      }
      function wrap(text, indent) {
        const lines = [];
        let line = "";
        for (const word of text.split(/\s+/)) {
          if (line && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(" ".repeat(indent) + line);
            line = word;
          } else {
            line = line ? `${line} ${word}` : word;
          }
        }
        if (line)
          lines.push(" ".repeat(indent) + line);
        return lines;
      }
      function capitalise(text) {
        return text.charAt(0).toUpperCase() + text.slice(1);
      }
      var external_node_path_ = __nccwpck_require__2(76760);
      var external_node_path_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_path_);
      var bundle = __nccwpck_require__2(33303);
      var bundle_read = __nccwpck_require__2(88903);
      var fs = __nccwpck_require__2(78616);
      var json_file = __nccwpck_require__2(59656);
      var json_location = __nccwpck_require__2(25049);
      var paths = __nccwpck_require__2(56107);
      var usage = __nccwpck_require__2(27485);
      ;
      const sealUsage = `flowferry seal <bundle-dir> [<bundle-dir> \u2026]

After a deliberate edit of a bundle's files: validate the bundle as it is now (the manifest, every
JSON file, the platform's rules), and only when that finds no error, record each file's new size
and SHA-256 in flowferry.json. Commit flowferry.json with the edit. Exit code 1 when a bundle is
refused; nothing is written for it.`;
      async function sealCommand(dirs) {
        let refused = 0;
        for (const dir of dirs) {
          const problem = await sealOne(dir);
          if (problem) {
            process.stderr.write(`${(0, untrusted_text.Ig)(problem)}
`);
            refused++;
          }
        }
        return refused > 0 ? 1 : 0;
      }
      async function sealOne(given) {
        const shown = (0, fs.Gt)(external_node_path_default().resolve(given));
        const info2 = await (0, promises_.stat)(given).catch(() => void 0);
        if (!info2)
          return `flowferry seal: '${given}' does not exist. Name the bundle directory, the one holding ${bundle.e0}.`;
        const dir = info2.isFile() && external_node_path_default().basename(given) === bundle.e0 ? external_node_path_default().dirname(given) : given;
        if (!info2.isDirectory() && dir === given)
          return `flowferry seal: '${given}' is a file. Name the bundle directory, the one holding ${bundle.e0}.`;
        const manifestFile = external_node_path_default().join(dir, bundle.e0);
        const text = await (0, promises_.readFile)(manifestFile, "utf8").catch(() => void 0);
        if (text === void 0) {
          return `flowferry seal: '${given}' holds no ${bundle.e0}, so it is not a bundle. seal records new checksums in the manifest an export wrote; a platform file without a manifest needs no seal.`;
        }
        const syntax = (0, json_location.jsonSyntaxError)((0, json_file.vA)(text));
        if (syntax) {
          const where = (0, core_errors.Cw)({ file: (0, fs.Gt)(external_node_path_default().resolve(manifestFile)), line: syntax.line, col: syntax.col });
          return `${where}: the manifest is not valid JSON (${syntax.message}). Fix it, or restore it from git, then seal again. Nothing was written.`;
        }
        const platform = JSON.parse((0, json_file.vA)(text))?.platform;
        if (typeof platform !== "string" || !platformNames().includes(platform)) {
          return `${(0, fs.Gt)(external_node_path_default().resolve(manifestFile))}: 'platform' must be one of ${platformNames().join(", ")}, not ${JSON.stringify(platform ?? null)}. Fix the manifest, or restore it from git. Nothing was written.`;
        }
        const report = await validate(platform, external_node_path_default().resolve(dir));
        const result2 = report.results[0];
        const errors = (result2?.findings ?? []).filter((finding) => finding.severity === "error" && finding.rule !== "manifest.checksum");
        if (errors.length > 0) {
          return [...errors.map(describe), `flowferry seal: ${shown} not sealed: fix the error${errors.length > 1 ? "s" : ""} above first. Nothing was written.`].join("\n");
        }
        if (result2?.status === "failed" && !(result2.findings ?? []).some((finding) => finding.rule === "manifest.checksum")) {
          return `flowferry seal: ${shown} not sealed: ${(0, usage.uN)(result2.message ?? "it does not validate")}${result2.hint ? `
${(0, usage.uN)(result2.hint)}` : ""}`;
        }
        let changed;
        try {
          ;
          ({ changed } = await (0, bundle_read.u2)(dir));
        } catch (error2) {
          if (!(error2 instanceof core_errors.rm))
            throw error2;
          return `flowferry seal: ${shown} not sealed: ${(0, usage.uN)((0, core_errors.Uc)(error2))}`;
        }
        process.stdout.write(`${(0, untrusted_text.Ig)(changed.length ? `${shown}: recorded new checksums for ${changed.join(", ")}` : `${shown}: checksums already match`)}
`);
        return void 0;
      }
      function describe(finding) {
        return `error: ${(0, core_errors.Cw)(finding)}: ${(0, usage.uN)(finding.message)} [${finding.rule}]`;
      }
      async function validate(platform, dir) {
        const real = await (0, promises_.realpath)(dir);
        const workspace = process.env.GITHUB_WORKSPACE;
        if (!(0, paths.FK)(real, await (0, promises_.realpath)((0, paths.oS)()).catch(() => (0, paths.oS)())))
          process.env.GITHUB_WORKSPACE = external_node_path_default().dirname(real);
        try {
          return await validateInWorkspace(platform, real);
        } finally {
          if (workspace === void 0)
            delete process.env.GITHUB_WORKSPACE;
          else
            process.env.GITHUB_WORKSPACE = workspace;
        }
      }
      async function validateInWorkspace(platform, dir) {
        const values = { [input_names.pd.Platform]: platform, [input_names.pd.Operation]: "validate", [input_names.pd.Path]: dir };
        let report;
        const frontEnd = {
          log: new MemoryLogger(false),
          artifacts: noArtifactStore,
          input: (name) => values[name] ?? "",
          resumeHint: () => "",
          publish: async (published) => {
            report = published;
          }
        };
        await run(frontEnd);
        return report;
      }
      var suggest = __nccwpck_require__2(77472);
      ;
      const COMMANDS = [...input_names.zU, "sandbox", "demo", "seal", "help", "version"];
      const HELP = ["--help", "-h", "help"];
      const VERSION_WORDS = ["--version", "-V", "version"];
      async function cliMain(argv) {
        const [command, ...rest] = argv;
        const out = (text) => process.stdout.write(`${text}
`);
        if (command === void 0) {
          process.stderr.write(`${generalUsage()}
`);
          return 2;
        }
        if (HELP.includes(command)) {
          const topic = rest[0];
          out(topic && isOperation(topic) ? operationHelp(topic) : generalUsage());
          return 0;
        }
        if (VERSION_WORDS.includes(command)) {
          out(version.x);
          return 0;
        }
        if (command.startsWith("-")) {
          throw new usage.eb(`'${command}' comes after a command: flowferry <command> [flags]${(0, suggest.au)(command.replace(/^-+/, ""), ["help", "version"], "--")}`);
        }
        const { flags, positional } = (0, args.Zy)(rest);
        const wantsHelp = flags.has("help") || rest.includes("-h");
        if (isOperation(command)) {
          if (wantsHelp)
            return out(operationHelp(command)), 0;
          (0, usage.BW)(command, (0, args.kX)(flags), (0, args.XR)());
          if (positional.length > 1) {
            throw new usage.eb(`flowferry ${command}: ${positional.length} paths given (${positional.slice(0, 3).join(", ")}${positional.length > 3 ? ", \u2026" : ""}); give one, or quote a glob so that flowferry expands it: '${"bundles/*"}'`);
          }
          if (positional.length === 1) {
            if (flags.has(input_names.pd.Path))
              throw new usage.eb(`flowferry ${command}: the path is given twice (--path ${flags.get(input_names.pd.Path)} and ${positional[0]}); give it once`);
            flags.set(input_names.pd.Path, positional[0]);
          }
          await run(new CliFrontEnd(command, flags));
          return void 0;
        }
        if (command === "sandbox") {
          const { sandboxUsage } = await Promise.all(
            /* import() */
            [__nccwpck_require__2.e(680), __nccwpck_require__2.e(102), __nccwpck_require__2.e(766)]
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 74766));
          if (wantsHelp)
            return out(sandboxUsage), 0;
          const { runSandbox } = await Promise.all(
            /* import() */
            [__nccwpck_require__2.e(680), __nccwpck_require__2.e(102), __nccwpck_require__2.e(193)]
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 21193));
          return runSandbox(rest, flags, positional);
        }
        if (command === "demo") {
          if (wantsHelp)
            return out(DEMO_USAGE), 0;
          (0, usage.BW)(command, [...flags.keys()], ["platform", "entry", "help"]);
          const { emulatorNames } = await __nccwpck_require__2.e(
            /* import() */
            227
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 29227));
          for (const name of flags.get("platform")?.split(",").map((word) => word.trim()) ?? []) {
            if (!emulatorNames().includes(name))
              throw new usage.eb(`flowferry demo: --platform '${name}' is not one of ${emulatorNames().join(", ")}${(0, suggest.au)(name, emulatorNames())}`);
          }
          const { demoCommand } = await Promise.all(
            /* import() */
            [__nccwpck_require__2.e(680), __nccwpck_require__2.e(102), __nccwpck_require__2.e(540)]
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 30540));
          return demoCommand(flags);
        }
        if (command === "seal") {
          if (wantsHelp)
            return out(sealUsage), 0;
          (0, usage.BW)(command, [...flags.keys()], ["help"]);
          if (positional.length === 0)
            throw new usage.eb(`flowferry seal: name the bundle directory, the one holding flowferry.json (flowferry seal bundles/invoice-triage)`);
          return sealCommand(positional);
        }
        throw new usage.eb(`unknown command '${command}'${(0, suggest.au)(command, COMMANDS)} (flowferry --help lists the commands)`);
      }
      const DEMO_USAGE = `flowferry demo [--platform a,b]

For each platform: start its sandbox and a stand-in for GitHub's artifact service, then run the
action's bundle (dist/index.js) as a runner does: export the seeded workflow, then import the
bundle. Prints each step's outputs and job summary; exits 1 if a step fails.`;
      function isOperation(word) {
        return input_names.zU.includes(word);
      }
    })
  ),
  /***/
  11294: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        z: () => (
          /* binding */
          cliPhrasing
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(77593);
      const PHRASES = {
        rerun: "run the command again",
        rerunning: "running the command again",
        "push-again": "run the command again",
        annotated: "listed above with its file and line",
        "the-step": "the command"
      };
      function cliPhrasing(given) {
        const isCredential = (name) => _input_names_js__WEBPACK_IMPORTED_MODULE_0__.HP.includes(name);
        const named = (name) => isCredential(name) && !given(name) ? (0, _args_js__WEBPACK_IMPORTED_MODULE_1__.pD)(name) : `--${name}`;
        return {
          input: (name) => name === _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Operation ? "the command" : named(name),
          subject: (name) => name === _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Operation ? "The command" : named(name),
          setting: (name, value) => {
            if (name === _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Operation)
              return `flowferry ${value}`;
            if (isCredential(name))
              return given(name) ? `--${name} \u2026` : `${(0, _args_js__WEBPACK_IMPORTED_MODULE_1__.pD)(name)}=\u2026`;
            return value === "true" ? `--${name}` : `--${name} ${shellWord(value)}`;
          },
          phrase: (key) => PHRASES[key]
        };
      }
      function shellWord(value) {
        return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
      }
    })
  ),
  /***/
  77472: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        au: () => (
          /* binding */
          didYouMean
        )
        /* harmony export */
      });
      function nearest(word, candidates) {
        const wanted = normalise(word);
        let best;
        for (const candidate of candidates) {
          const distance = editDistance(wanted, normalise(candidate));
          if (distance === 0)
            return candidate;
          if (!best || distance < best.distance)
            best = { candidate, distance };
        }
        if (best && best.distance <= Math.max(1, Math.floor(word.length / 3)))
          return best.candidate;
        const starting = [...candidates].filter((candidate) => normalise(candidate).startsWith(wanted));
        return wanted.length >= 3 && starting.length === 1 ? starting[0] : void 0;
      }
      function didYouMean(word, candidates, prefix = "") {
        const match = nearest(word, candidates);
        return match === void 0 ? "" : `; did you mean ${prefix}${match}?`;
      }
      function normalise(word) {
        return word.toLowerCase().replace(/_/g, "-");
      }
      function editDistance(a, b) {
        const rows = a.length + 1;
        const cols = b.length + 1;
        const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
        for (let i = 1; i < rows; i++) {
          for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
              d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
        return d[a.length][b.length];
      }
    })
  ),
  /***/
  27485: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        BW: () => (
          /* binding */
          refuseUnknown
        ),
        /* harmony export */
        eb: () => (
          /* binding */
          UsageError
        ),
        /* harmony export */
        kY: () => (
          /* binding */
          failureText
        ),
        /* harmony export */
        uN: () => (
          /* binding */
          cliText
        )
        /* harmony export */
      });
      var _core_phrasing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(31677);
      var _phrasing_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(11294);
      var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(77472);
      class UsageError extends Error {
      }
      function refuseUnknown(command, given, known) {
        const unknown = given.filter((name) => !known.includes(name));
        if (unknown.length === 0)
          return;
        const first = unknown[0];
        const list = unknown.map((name) => `--${name}`).join(", ");
        throw new UsageError(`flowferry ${command}: unknown flag${unknown.length > 1 ? "s" : ""} ${list}${(0, _suggest_js__WEBPACK_IMPORTED_MODULE_2__.au)(first, known, "--")} (flowferry ${command} --help lists its flags)`);
      }
      function cliText(text, flags = /* @__PURE__ */ new Map()) {
        return (0, _core_phrasing_js__WEBPACK_IMPORTED_MODULE_0__.XX)(text, (0, _phrasing_js__WEBPACK_IMPORTED_MODULE_1__.z)((flag) => flags.has(flag)));
      }
      function failureText(error, debug) {
        const usage = error instanceof UsageError;
        const text = cliText(error instanceof Error ? error.message : String(error)).split("\n")[0];
        const line = text.startsWith("flowferry") ? text : `flowferry${usage ? "" : " failed"}: ${text}`;
        if (usage)
          return line;
        return debug && error instanceof Error && error.stack ? `${line}
${error.stack}` : `${line} (--debug shows the stack trace for a bug report)`;
      }
    })
  ),
  /***/
  70761: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        R: () => (
          /* binding */
          ARTIFACT_NAME_FORBIDDEN
        ),
        /* harmony export */
        V: () => (
          /* binding */
          defaultArtifactName
        )
        /* harmony export */
      });
      const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
      function defaultArtifactName(platform, label) {
        return `${platform}-${label}`.replace(new RegExp(ARTIFACT_NAME_FORBIDDEN.source, "g"), "-").replace(/\s+/g, "-");
      }
    })
  ),
  /***/
  88903: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        Bo: () => (
          /* binding */
          readBundle
        ),
        WI: () => (
          /* binding */
          readManifest
        ),
        u2: () => (
          /* binding */
          sealBundle
        )
      });
      var promises_ = __nccwpck_require__2(51455);
      var external_node_path_ = __nccwpck_require__2(76760);
      var external_node_path_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_path_);
      var core_bundle = __nccwpck_require__2(33303);
      var schema = __nccwpck_require__2(12032);
      ;
      const sha256 = schema.z.string().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");
      const fileEntry = schema.z.object({
        path: schema.z.string().min(1),
        role: schema.z.string().min(1),
        bytes: schema.z.number().int().nonnegative(),
        sha256
      });
      const placeholder = schema.z.object({
        name: schema.z.string().min(1),
        file: schema.z.string().min(1),
        /** JSON pointer to the value within the file. */
        pointer: schema.z.string(),
        reason: schema.z.string().optional()
      });
      const manifestSchema = schema.z.looseObject({
        schema: schema.z.literal(1),
        platform: schema.z.string().min(1),
        name: schema.z.string(),
        source: schema.z.looseObject({
          origin: schema.z.string().nullable().optional(),
          workflowId: schema.z.string().nullable().optional(),
          version: schema.z.string().nullable().optional(),
          jobId: schema.z.string().nullable().optional(),
          exportedAt: schema.z.string().nullable().optional(),
          run: schema.z.string().nullable().optional(),
          commit: schema.z.string().nullable().optional()
        }).optional(),
        files: schema.z.array(fileEntry).min(1),
        placeholders: schema.z.array(placeholder).optional()
      });
      var canonical_json = __nccwpck_require__2(60484);
      var errors = __nccwpck_require__2(74296);
      var fs = __nccwpck_require__2(78616);
      var json_text = __nccwpck_require__2(5737);
      var limits = __nccwpck_require__2(36419);
      var names = __nccwpck_require__2(22483);
      var paths = __nccwpck_require__2(56107);
      var plain_file = __nccwpck_require__2(19130);
      var phrasing = __nccwpck_require__2(31677);
      ;
      async function readBundle(dir, expectedPlatform) {
        const { manifest, shown } = await readManifest(dir);
        if (manifest.platform !== expectedPlatform) {
          throw errors.rJ.at({ file: shown }, "manifest.platform", `the bundle is for platform '${manifest.platform}', but the step's platform is '${expectedPlatform}'`, `Set ${(0, phrasing.Pe)("platform", manifest.platform)}, or point ${(0, phrasing.hF)("path")} at a ${expectedPlatform} bundle.`);
        }
        const bundle = { dir, manifest, location: (0, fs.Gt)(dir), adopted: false };
        const { findings, hints } = await verifyFiles(bundle);
        if (findings.length > 0) {
          if (findings.some((f) => f.rule === "manifest.checksum" || f.rule === "manifest.missing")) {
            hints.add(`If the change was deliberate, record the new checksums with \`npx flowferry seal ${bundle.location}\` and commit flowferry.json; otherwise re-export the bundle or restore the files.`);
          }
          if (findings.some((f) => f.rule === "manifest.path"))
            hints.add("List each file once, by its path inside the bundle (folder/file.json).");
          const sealable = findings.every((f) => f.rule === "manifest.checksum" || f.rule === "manifest.missing");
          throw new errors.rJ(`${bundle.location}: ${sealable ? "the files do not match the manifest" : "refused the files the manifest lists"}: ${findings.map((f) => `${f.file}: ${f.message}`).join("; ")}`, findings, { hint: [...hints].join(" ") });
        }
        return bundle;
      }
      const TOO_MANY = `A bundle is one workflow, and its manifest lists at most ${limits.Zz} files: export each workflow into a bundle of its own.`;
      async function readManifest(dir) {
        const manifestFile = external_node_path_default().join(dir, core_bundle.e0);
        const shown = (0, fs.Gt)(manifestFile);
        const bytes = await (0, plain_file.b$)(manifestFile, { shown }, limits.ZJ, { message: "is too large for a manifest", hint: TOO_MANY });
        const text = (0, json_text.s$)(bytes, shown);
        let data;
        try {
          data = JSON.parse(text);
        } catch (error) {
          const where = (await Promise.resolve(
            /* import() */
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 25049))).locateJsonError(text);
          throw errors.rJ.at({ file: shown, ...where }, "manifest.json", `the manifest is not valid JSON (${error.message})`);
        }
        const files = data?.files;
        if (Array.isArray(files) && files.length > limits.Zz) {
          throw errors.rJ.at({ file: shown }, "manifest.limit", `the manifest lists ${files.length} files; a bundle holds at most ${limits.Zz}`, TOO_MANY);
        }
        await (0, schema.B)();
        const parsed = manifestSchema.safeParse(data);
        if (!parsed.success) {
          const findings = parsed.error.issues.slice(0, 20).map((issue) => ({
            file: shown,
            severity: "error",
            rule: "manifest.schema",
            message: `${issue.path.join(".") || "(top)"}: ${issue.message}`
          }));
          const more = parsed.error.issues.length > findings.length ? ` (and ${parsed.error.issues.length - findings.length} more)` : "";
          throw new errors.rJ(`${shown}: the manifest does not follow schema 1: ${findings.map((f) => f.message).join("; ")}${more}`, findings);
        }
        return { manifest: parsed.data, shown };
      }
      async function verifyFiles(bundle) {
        const findings = [];
        const hints = /* @__PURE__ */ new Set();
        const manifestShown = (0, core_bundle.pS)(bundle, core_bundle.e0);
        const problem = (entry, message, rule) => findings.push({ file: manifestShown, severity: "error", rule, message: `${entry}: ${message}` });
        const twice = /* @__PURE__ */ new Set();
        for (const [first, second] of (0, names.Fk)(bundle.manifest.files.map((entry) => entry.path))) {
          problem(second, first === second ? "listed twice" : `listed twice: "${first}" and "${second}" name the same file (case and Unicode form do not tell names apart)`, "manifest.path");
          twice.add(second);
        }
        const roles = /* @__PURE__ */ new Map();
        for (const entry of bundle.manifest.files) {
          const first = roles.get(entry.role);
          if (first === void 0)
            roles.set(entry.role, entry.path);
          else
            problem(entry.path, `has the role "${entry.role}" that "${first}" has already; each role names one file`, "manifest.role");
        }
        const realDir = await (0, paths.Ut)(bundle.dir);
        for (const entry of bundle.manifest.files) {
          if (twice.has(entry.path))
            continue;
          const unsafe = (0, names.Jy)(entry.path);
          if (unsafe) {
            problem(entry.path, `file paths must stay inside the bundle directory: ${unsafe}`, "manifest.path");
            continue;
          }
          const subject = { shown: (0, core_bundle.pS)(bundle, entry) };
          try {
            const lexical = external_node_path_default().join(realDir, ...entry.path.split("/"));
            if (!await (0, promises_.lstat)(lexical).catch(() => void 0)) {
              problem(entry.path, "listed in the manifest but missing", "manifest.missing");
              continue;
            }
            const file = await plainBundleFile(realDir, entry.path, subject);
            const digest = await (0, plain_file.p2)(file, subject, [external_node_path_default().join(bundle.dir, ...entry.path.split("/"))]);
            if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) {
              findings.push({
                file: subject.shown,
                severity: "error",
                rule: "manifest.checksum",
                message: `changed since export: sha256 ${digest.sha256.slice(0, 12)}\u2026 (${digest.bytes} bytes), manifest says ${entry.sha256.slice(0, 12)}\u2026 (${entry.bytes} bytes)`
              });
            }
          } catch (error) {
            if (!(error instanceof errors.rJ))
              throw error;
            findings.push(...error.findings);
            if (error.hint)
              hints.add(error.hint);
          }
        }
        return { findings, hints };
      }
      async function plainBundleFile(realDir, relative, subject) {
        await (0, plain_file.lN)(external_node_path_default().join(realDir, ...relative.split("/")), subject);
        return (0, paths.od)(realDir, relative, subject);
      }
      async function sealBundle(dir) {
        const { manifest, shown } = await readManifest(dir);
        const realDir = await (0, paths.Ut)(dir);
        const changed = [];
        for (const entry of manifest.files) {
          const unsafe = (0, names.Jy)(entry.path);
          if (unsafe)
            throw errors.rJ.at({ file: shown }, "manifest.path", `${entry.path}: file paths must stay inside the bundle directory: ${unsafe}`);
          const subject = { shown: (0, fs.Gt)(external_node_path_default().join(dir, ...entry.path.split("/"))) };
          const digest = await (0, plain_file.p2)(await plainBundleFile(realDir, entry.path, subject), subject);
          if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes)
            changed.push(entry.path);
          Object.assign(entry, digest);
        }
        if (changed.length > 0)
          await (0, fs.Zf)(external_node_path_default().join(dir, core_bundle.e0), (0, canonical_json.dj)(manifest));
        return { changed };
      }
    })
  ),
  /***/
  33303: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        W7: () => (
          /* binding */
          fileOf
        ),
        /* harmony export */
        e0: () => (
          /* binding */
          MANIFEST
        ),
        /* harmony export */
        gv: () => (
          /* binding */
          adoptFiles
        ),
        /* harmony export */
        ol: () => (
          /* binding */
          digestOf
        ),
        /* harmony export */
        pS: () => (
          /* binding */
          shownPath
        ),
        /* harmony export */
        s: () => (
          /* binding */
          copyInto
        ),
        /* harmony export */
        yw: () => (
          /* binding */
          packedOf
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(78616);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(19130);
      const MANIFEST = "flowferry.json";
      function packedOf(bundle, role) {
        const entry = bundle.manifest.files.find((file) => file.role === role);
        return entry && bundle.packed?.[entry.path];
      }
      function fileOf(bundle, role) {
        const entry = bundle.manifest.files.find((file) => file.role === role);
        return entry ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.dir, ...entry.path.split("/")) : void 0;
      }
      function shownPath(bundle, file) {
        const relative = typeof file === "string" ? file : file.path;
        return (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.shownDir ?? bundle.dir, ...relative.split("/")));
      }
      async function adoptFiles(dir, platform, name, files, location) {
        const entries = [];
        const packed = {};
        for (const file of files) {
          if (file.packed) {
            packed[file.path] = file.packed;
            entries.push({ path: file.path, role: file.role, bytes: file.packed.bytes, sha256: "" });
            continue;
          }
          const digest = await digestOf(dir, file);
          entries.push({ path: file.path, role: file.role, bytes: digest.bytes, sha256: digest.sha256 });
        }
        return {
          dir,
          manifest: { schema: 1, platform, name, source: {}, files: entries },
          location,
          adopted: true,
          ...Object.keys(packed).length > 0 ? { packed } : {}
        };
      }
      async function digestOf(dir, file) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...file.path.split("/"));
        const subject = { shown: file.path };
        return file.digest ? (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.bh)(absolute, file.digest, subject) : (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.p2)(absolute, subject);
      }
      async function copyInto(dir, file, name, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(file)) {
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        return (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.yp)(file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { shown });
      }
      async function listFiles(dir) {
        const out = [];
        for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
          if (entry.isFile())
            out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
        }
        return out.sort();
      }
    })
  ),
  /***/
  60484: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Eu: () => (
          /* binding */
          canonicalPieces
        ),
        /* harmony export */
        OW: () => (
          /* binding */
          isJsonObject
        ),
        /* harmony export */
        dj: () => (
          /* binding */
          canonicalJson
        )
        /* harmony export */
      });
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(19033);
      function canonicalJson(value) {
        return `${JSON.stringify(sortKeys(value), null, 2)}
`;
      }
      function sortKeys(value, depth = 0) {
        (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_0__.RV)(depth);
        if (Array.isArray(value))
          return value.map((item) => sortKeys(item, depth + 1));
        if (value !== null && typeof value === "object") {
          const sorted = {};
          for (const key of Object.keys(value).sort())
            sorted[key] = sortKeys(value[key], depth + 1);
          return sorted;
        }
        return value;
      }
      function isJsonObject(value) {
        return value !== null && typeof value === "object" && !Array.isArray(value);
      }
      function* canonicalPieces(value, chunk = 64 * 1024) {
        const stack = [];
        let out = "";
        const open2 = (node, indent) => {
          (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_0__.RV)(stack.length);
          if (Array.isArray(node)) {
            if (node.length === 0)
              return "[]";
            stack.push({ indent, items: node, next: 0 });
            return "[";
          }
          if (node !== null && typeof node === "object") {
            const object = node;
            const keys = canonicalKeys(object);
            if (keys.length === 0)
              return "{}";
            stack.push({ indent, object, keys, next: 0 });
            return "{";
          }
          return serializable(node) ? JSON.stringify(node) : "null";
        };
        out += open2(value, "");
        while (stack.length > 0) {
          const frame = stack[stack.length - 1];
          const length = frame.keys ? frame.keys.length : frame.items.length;
          if (frame.next < length) {
            const inner = `${frame.indent}  `;
            const i = frame.next++;
            if (frame.keys) {
              const key = frame.keys[i];
              out += `${i === 0 ? "\n" : ",\n"}${inner}${JSON.stringify(key)}: ${open2(frame.object[key], inner)}`;
            } else {
              out += `${i === 0 ? "\n" : ",\n"}${inner}${open2(frame.items[i], inner)}`;
            }
          } else {
            stack.pop();
            out += `
${frame.indent}${frame.keys ? "}" : "]"}`;
          }
          if (out.length >= chunk) {
            yield out;
            out = "";
          }
        }
        yield `${out}
`;
      }
      function serializable(value) {
        return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
      }
      function isArrayIndex(key) {
        const first = key.charCodeAt(0);
        return first >= 48 && first <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
      }
      function canonicalKeys(object) {
        const indexes = [];
        const names = [];
        for (const key of Object.keys(object)) {
          if (serializable(object[key]))
            (isArrayIndex(key) ? indexes : names).push(key);
        }
        names.sort();
        return indexes.length === 0 ? names : indexes.concat(names);
      }
    })
  ),
  /***/
  32257: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        B: () => (
          /* binding */
          Deadline
        ),
        /* harmony export */
        m: () => (
          /* binding */
          systemClock
        )
        /* harmony export */
      });
      var _timers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(96885);
      const systemClock = {
        now: () => Date.now(),
        sleep: async (ms, signal) => {
          if (ms <= 0)
            return;
          await (0, _timers_js__WEBPACK_IMPORTED_MODULE_0__.yy)(ms, signal);
        },
        random: () => Math.random()
      };
      class Deadline {
        at;
        clock;
        /** Ends of the grace periods of last calls in flight. */
        graces = [];
        constructor(at, clock = systemClock) {
          this.at = at;
          this.clock = clock;
        }
        static after(ms, clock = systemClock) {
          return new Deadline(clock.now() + ms, clock);
        }
        remaining() {
          return Math.max(0, Math.max(this.at, ...this.graces) - this.clock.now());
        }
        expired() {
          return this.remaining() <= 0;
        }
        /** Aborts when the deadline passes; for requests in flight. */
        signal() {
          return (0, _timers_js__WEBPACK_IMPORTED_MODULE_0__._)(Math.max(1, Math.ceil(this.remaining())));
        }
        /**
         * Runs `call`, the step's last request, sent at the deadline, with `graceMs` more for its answer:
         * a check made at the deadline is worth making only if its reply can be read. Everything that
         * shares this deadline sees the grace while the call is in flight, and only then.
         */
        async lastCall(graceMs, call) {
          const end = Math.max(this.at, this.clock.now()) + graceMs;
          this.graces.push(end);
          try {
            return await call();
          } finally {
            this.graces.splice(this.graces.indexOf(end), 1);
          }
        }
      }
    })
  ),
  /***/
  16082: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        N4: () => (
          /* binding */
          randomUUID2
        ),
        /* harmony export */
        n1: () => (
          /* binding */
          createHash
        ),
        /* harmony export */
        po: () => (
          /* binding */
          randomBytes
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      const crypto = () => process.getBuiltinModule("node:crypto");
      const createHash = (algorithm) => crypto().createHash(algorithm);
      const randomUUID2 = () => crypto().randomUUID();
      function randomBytes(size) {
        const bytes = Buffer.alloc(size);
        let fd;
        try {
          fd = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)("/dev/urandom", "r");
          for (let filled = 0; filled < size; ) {
            const read = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, filled, size - filled, null);
            if (read <= 0)
              throw new Error("/dev/urandom gave no bytes");
            filled += read;
          }
          return bytes;
        } catch {
          return crypto().randomBytes(size);
        } finally {
          if (fd !== void 0)
            (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
      }
    })
  ),
  /***/
  98571: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        E: () => (
          /* binding */
          parseDuration
        ),
        /* harmony export */
        a: () => (
          /* binding */
          formatDuration
        )
        /* harmony export */
      });
      const UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
      const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
      function parseDuration(text) {
        const value = text.trim().toLowerCase();
        if (value === "")
          return void 0;
        if (/^\d+(\.\d+)?$/.test(value))
          return Math.round(Number(value) * 1e3);
        let total = 0;
        PART.lastIndex = 0;
        while (PART.lastIndex < value.length) {
          const match = PART.exec(value);
          if (!match)
            return void 0;
          total += Number(match[1]) * UNIT_MS[match[2]];
        }
        return Number.isFinite(total) ? Math.round(total) : void 0;
      }
      function formatDuration(ms) {
        if (ms < 1e3)
          return `${Math.max(0, Math.round(ms))}ms`;
        let seconds = Math.round(ms / 1e3);
        const hours = Math.floor(seconds / 3600);
        seconds -= hours * 3600;
        const minutes = Math.floor(seconds / 60);
        seconds -= minutes * 60;
        return [hours ? `${hours}h` : "", minutes ? `${minutes}m` : "", seconds || !hours && !minutes ? `${seconds}s` : ""].join("");
      }
    })
  ),
  /***/
  74296: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Cw: () => (
          /* binding */
          formatLocation
        ),
        /* harmony export */
        Dr: () => (
          /* binding */
          NetworkError
        ),
        /* harmony export */
        On: () => (
          /* binding */
          TimedOutError
        ),
        /* harmony export */
        Uc: () => (
          /* binding */
          describeError
        ),
        /* harmony export */
        WX: () => (
          /* binding */
          UncertainDeliveryError
        ),
        /* harmony export */
        c2: () => (
          /* binding */
          statusOf
        ),
        /* harmony export */
        dk: () => (
          /* binding */
          JobFailedError
        ),
        /* harmony export */
        dz: () => (
          /* binding */
          InputError
        ),
        /* harmony export */
        j$: () => (
          /* binding */
          HttpError
        ),
        /* harmony export */
        rJ: () => (
          /* binding */
          BundleError
        ),
        /* harmony export */
        rm: () => (
          /* binding */
          FlowferryError2
        ),
        /* harmony export */
        vO: () => (
          /* binding */
          ReplyError
        )
        /* harmony export */
      });
      var _phrasing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(31677);
      class FlowferryError2 extends Error {
        /** The `status` output this error leads to. */
        status = "failed";
        /** One sentence on what to change, shown after the message. */
        hint;
        constructor(message, options = {}) {
          super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
          this.name = new.target.name;
          this.hint = options.hint;
        }
        /** The same error with another hint: its class, fields and cause kept. */
        withHint(hint) {
          const copy = Object.assign(Object.create(Object.getPrototypeOf(this)), this, { hint });
          Object.defineProperties(copy, { message: { value: this.message, writable: true }, stack: { value: this.stack, writable: true } });
          if (this.cause !== void 0)
            Object.defineProperty(copy, "cause", { value: this.cause, writable: true });
          return copy;
        }
      }
      class InputError extends FlowferryError2 {
        input;
        constructor(input2, problem, example) {
          super(`${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_0__.bc)(input2)}: ${problem}`, {
            hint: example === void 0 ? void 0 : `For example: ${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_0__.Pe)(input2, example)}`
          });
          this.input = input2;
        }
      }
      class BundleError extends FlowferryError2 {
        findings;
        constructor(message, findings = [], options = {}) {
          super(message, options);
          this.findings = findings;
        }
        static at(location, rule, message, hint) {
          return new BundleError(`${formatLocation(location)}: ${message}`, [{ ...location, severity: "error", rule, message }], {
            hint
          });
        }
      }
      class HttpError extends FlowferryError2 {
        httpStatus;
        method;
        path;
        detail;
        code;
        requestId;
        constructor(httpStatus, method, path2, detail, code, requestId, options = {}) {
          const parts = [`${method} ${path2} failed with HTTP ${httpStatus}`];
          if (code)
            parts.push(`code ${code}`);
          let message = parts.join(", ");
          if (detail)
            message += `: ${detail}`;
          if (requestId)
            message += ` (request id ${requestId})`;
          super(message, { hint: options.hint });
          this.httpStatus = httpStatus;
          this.method = method;
          this.path = path2;
          this.detail = detail;
          this.code = code;
          this.requestId = requestId;
          this.reply = options.reply;
        }
        /**
         * The reply's text as it came (at most 64 KiB), for a caller that reads it as data (a replayed
         * result). Never shown: `detail` is the shown, masked form of it.
         */
        reply;
        /**
         * The same refusal read anew: `detail` restates what the platform said (what its status means
         * for this call, with its own words kept inside), and `hint` replaces the hint unless left out.
         * Status, method, path, code, request id and reply stay; the message is rebuilt from them.
         * (Only the hint changes: `withHint`.)
         */
        withDetail(detail, hint = this.hint) {
          return new HttpError(this.httpStatus, this.method, this.path, detail, this.code, this.requestId, { hint, reply: this.reply });
        }
      }
      class NetworkError extends FlowferryError2 {
      }
      class UncertainDeliveryError extends FlowferryError2 {
        constructor(what, cause, harmless) {
          super(`${what}: the request was sent but no complete reply came back (${causeText(cause).replace(`${what}: `, "")}). The platform may or may not have carried it out; flowferry did not send it again, to avoid doing it twice.`, {
            cause,
            hint: harmless ?? `Check the target environment for the change before ${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_0__.MZ)("rerunning")}.`
          });
        }
      }
      class ReplyError extends FlowferryError2 {
      }
      class JobFailedError extends FlowferryError2 {
        jobId;
        platformStatus;
        constructor(message, jobId, platformStatus) {
          super(message);
          this.jobId = jobId;
          this.platformStatus = platformStatus;
        }
      }
      class TimedOutError extends FlowferryError2 {
        jobId;
        platformStatus;
        status = "timed-out";
        constructor(message, jobId, platformStatus, hint) {
          super(message, { hint });
          this.jobId = jobId;
          this.platformStatus = platformStatus;
        }
      }
      function formatLocation(location) {
        let text = location.file;
        if (location.line !== void 0) {
          text += `:${location.line}`;
          if (location.col !== void 0)
            text += `:${location.col}`;
        }
        return text;
      }
      function causeText(cause) {
        if (cause instanceof Error) {
          const code = cause.code;
          return code ? `${code}: ${cause.message}` : cause.message;
        }
        return String(cause);
      }
      function describeError(error) {
        if (error instanceof FlowferryError2)
          return error.hint ? `${error.message}
${error.hint}` : error.message;
        if (error instanceof Error)
          return `Unexpected error: ${error.message}`;
        return `Unexpected error: ${String(error)}`;
      }
      function statusOf(error) {
        return error instanceof FlowferryError2 ? error.status : "failed";
      }
    })
  ),
  /***/
  78616: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        AQ: () => (
          /* binding */
          replaceDir
        ),
        /* harmony export */
        Gt: () => (
          /* binding */
          displayPath
        ),
        /* harmony export */
        TM: () => (
          /* binding */
          digestFile
        ),
        /* harmony export */
        UN: () => (
          /* binding */
          stagingDirFor
        ),
        /* harmony export */
        Zf: () => (
          /* binding */
          writeFileAtomic
        ),
        /* harmony export */
        Zs: () => (
          /* binding */
          isEmptyDir
        ),
        /* harmony export */
        ht: () => (
          /* binding */
          siblingTemp
        ),
        /* harmony export */
        t2: () => (
          /* binding */
          exists
        ),
        /* harmony export */
        tD: () => (
          /* binding */
          digestHandle
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(16082);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      async function digestFile(file) {
        return digestHandle(await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, "r"));
      }
      async function digestHandle(handle) {
        const hash = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
        const buffer = Buffer.allocUnsafe(1024 * 1024);
        let bytes = 0;
        try {
          for (; ; ) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
              break;
            hash.update(buffer.subarray(0, bytesRead));
            bytes += bytesRead;
          }
        } finally {
          await handle.close();
        }
        return { bytes, sha256: hash.digest("hex") };
      }
      function siblingTemp(target, label = "tmp") {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${label}-${(0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.po)(4).toString("hex")}`);
      }
      async function writeFileAtomic(file, data) {
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
        const temp = siblingTemp(file);
        try {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, data);
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
        } catch (error) {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
          throw error;
        }
      }
      async function stagingDirFor(target) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target));
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(parent, { recursive: true });
        return (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.staging-`));
      }
      async function replaceDir(staging, target) {
        const old = siblingTemp(target, "old");
        const existed = await exists(target);
        if (existed)
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(target, old);
        try {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
        } catch (error) {
          if (existed)
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(old, target);
          throw error;
        }
        if (existed)
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
      }
      async function exists(file) {
        try {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
          return true;
        } catch {
          return false;
        }
      }
      async function isEmptyDir(dir) {
        try {
          return (await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).length === 0;
        } catch {
          return false;
        }
      }
      function displayPath(file, root = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file));
        const shown = relative === "" ? "." : relative.startsWith("..") || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file) : relative;
        return shown.split(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep).join("/");
      }
    })
  ),
  /***/
  41434: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        P: () => (
          /* binding */
          json
        ),
        e: () => (
          /* binding */
          prepareBody
        )
      });
      var external_node_stream_ = __nccwpck_require__2(57075);
      var plain_file = __nccwpck_require__2(19130);
      var core_crypto = __nccwpck_require__2(16082);
      var memory = __nccwpck_require__2(11360);
      ;
      const READ_CHUNK = 256 * 1024;
      function multipart(parts) {
        const boundary = `----flowferry${(0, core_crypto.po)(12).toString("hex")}`;
        const pieces = [];
        let length = 0;
        const add = (piece) => {
          pieces.push(piece);
          length += Buffer.isBuffer(piece) ? piece.length : partLength(piece);
        };
        for (const part of parts) {
          const disposition = `form-data; name="${multipart_escape(part.name)}"${"file" in part ? `; filename="${multipart_escape(part.filename)}"` : ""}`;
          const type = "file" in part ? `\r
Content-Type: ${part.contentType}` : "";
          add(Buffer.from(`--${boundary}\r
Content-Disposition: ${disposition}${type}\r
\r
`));
          if ("file" in part)
            add(part);
          add(Buffer.from("value" in part ? `${part.value}\r
` : "\r\n"));
        }
        add(Buffer.from(`--${boundary}--\r
`));
        return { contentType: `multipart/form-data; boundary=${boundary}`, length, open: () => external_node_stream_.Readable.from(body(pieces), { objectMode: false }) };
      }
      async function* body(pieces) {
        for (const piece of pieces) {
          if (Buffer.isBuffer(piece)) {
            yield piece;
            continue;
          }
          const seen = piece.watch?.();
          for await (const chunk of fileChunks(piece.file, piece.size, piece.start === void 0 ? {} : { start: piece.start, end: piece.end })) {
            seen?.(chunk);
            yield chunk;
          }
        }
      }
      async function* fileChunks(file, size, range = {}) {
        for await (const chunk of (0, plain_file.r7)(file, { ...range, highWaterMark: READ_CHUNK }, size)) {
          (0, memory.IB)(chunk.length);
          yield chunk;
        }
      }
      function partLength(part) {
        return part.start === void 0 ? part.size : (part.end ?? part.size - 1) - part.start + 1;
      }
      function multipart_escape(text) {
        return text.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
      }
      ;
      const zlib = () => process.getBuiltinModule("node:zlib");
      const json = (value) => ({ kind: "json", value });
      async function prepareBody(body2, gzipAbove) {
        switch (body2.kind) {
          case "json":
            return bytesBody(Buffer.from(JSON.stringify(body2.value)), "application/json", gzipAbove);
          case "form":
            return bytesBody(Buffer.from(new URLSearchParams(body2.fields).toString()), "application/x-www-form-urlencoded", gzipAbove);
          case "bytes":
            return bytesBody(body2.data, body2.contentType, gzipAbove);
          case "multipart": {
            for (const part of body2.parts)
              if ("file" in part)
                await (0, plain_file.C3)(part.file, part.size);
            const form = multipart(body2.parts);
            return { headers: { "content-type": form.contentType, "content-length": String(form.length) }, open: form.open };
          }
          case "file":
            await (0, plain_file.C3)(body2.file, body2.size);
            return fileBody(body2.file, body2.size, body2.contentType, gzipAbove);
        }
      }
      function bytesBody(data, contentType, gzipAbove) {
        const headers = { "content-type": contentType };
        let bytes = data;
        if (gzipAbove !== void 0 && data.length > gzipAbove) {
          bytes = zlib().gzipSync(data);
          headers["content-encoding"] = "gzip";
        }
        headers["content-length"] = String(bytes.length);
        return { headers, bytes, open: () => bytes };
      }
      function fileBody(file, size, contentType, gzipAbove) {
        const gzip = gzipAbove !== void 0 && size > gzipAbove;
        const headers = gzip ? { "content-type": contentType, "content-encoding": "gzip" } : { "content-type": contentType, "content-length": String(size) };
        return {
          headers,
          open: () => {
            const source = external_node_stream_.Readable.from(fileChunks(file, size), { objectMode: false });
            if (!gzip)
              return source;
            return (0, external_node_stream_.pipeline)(source, zlib().createGzip(), () => {
            });
          }
        };
      }
    })
  ),
  /***/
  17885: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        Qq: () => (
          /* binding */
          HttpClient
        ),
        vf: () => (
          /* reexport */
          reply_body.vf
        ),
        Ve: () => (
          /* reexport */
          genericErrorDetail
        ),
        sy: () => (
          /* reexport */
          headerCredentials
        ),
        jF: () => (
          /* reexport */
          hintForStatus
        ),
        Vh: () => (
          /* reexport */
          reply_body.Vh
        ),
        yR: () => (
          /* reexport */
          reply_body.yR
        ),
        Gb: () => (
          /* reexport */
          requestIdOf
        )
      });
      var clock = __nccwpck_require__2(32257);
      var duration = __nccwpck_require__2(98571);
      var timers = __nccwpck_require__2(96885);
      var errors = __nccwpck_require__2(74296);
      var version = __nccwpck_require__2(71013);
      var http_body = __nccwpck_require__2(41434);
      var dispatcher = __nccwpck_require__2(23123);
      var http_errors = __nccwpck_require__2(46081);
      var untrusted_text = __nccwpck_require__2(61037);
      ;
      function redirectTarget(location, from, what) {
        const text = String(Array.isArray(location) ? location[0] : location);
        let target;
        try {
          target = new URL(text, from);
        } catch {
          throw new errors.vO(`${what}: the platform redirected to ${(0, untrusted_text.Ui)(text, 200)}, which is not a URL`);
        }
        if (target.protocol !== "https:" && target.protocol !== "http:") {
          throw new errors.vO(`${what}: the platform redirected to a ${(0, untrusted_text.Ui)(target.protocol, 20)} URL; flowferry follows http(s) redirects only`);
        }
        return target;
      }
      var reply_body = __nccwpck_require__2(44557);
      var transport = __nccwpck_require__2(95473);
      ;
      const defaultRetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 3e4 };
      const TRANSIENT_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
      const NOT_SENT_CODES = /* @__PURE__ */ new Set([
        "ECONNREFUSED",
        "ENOTFOUND",
        "EAI_AGAIN",
        "EHOSTUNREACH",
        "ENETUNREACH",
        // transport.ts's own: the connect timeout passed before the socket was connected.
        transport.x0
      ]);
      const CERTIFICATE_CODES = /* @__PURE__ */ new Set([
        "DEPTH_ZERO_SELF_SIGNED_CERT",
        "SELF_SIGNED_CERT_IN_CHAIN",
        "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
        "UNABLE_TO_GET_ISSUER_CERT",
        "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        "CERT_HAS_EXPIRED",
        "CERT_NOT_YET_VALID",
        "CERT_REVOKED",
        "CERT_UNTRUSTED",
        "CERT_REJECTED",
        "CERT_SIGNATURE_FAILURE",
        "ERR_TLS_CERT_ALTNAME_INVALID"
      ]);
      function isCertificateRefused(error) {
        const code = errorCode(error);
        return code !== void 0 && CERTIFICATE_CODES.has(code);
      }
      function errorCode(error) {
        let current = error;
        for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
          const code = current.code;
          if (code)
            return code;
          current = current.cause;
        }
        return void 0;
      }
      function neverSent(error) {
        if (error instanceof transport.Xb)
          return true;
        const code = errorCode(error);
        return code !== void 0 && NOT_SENT_CODES.has(code);
      }
      function isTransientStatus(status) {
        return TRANSIENT_STATUSES.has(status);
      }
      function parseRetryAfter(value, now) {
        const text = Array.isArray(value) ? value[0] : value;
        if (text === void 0 || text.trim() === "")
          return void 0;
        if (/^\s*\d+(\.\d+)?\s*$/.test(text))
          return Math.min(timers._o, Math.round(Number(text) * 1e3));
        const date = Date.parse(text);
        return Number.isNaN(date) ? void 0 : Math.min(timers._o, Math.max(0, date - now));
      }
      function ceiling(attempt, policy) {
        return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
      }
      function backoffFloor(attempt, policy) {
        return Math.floor(ceiling(attempt, policy) / 2);
      }
      function backoffDelay(attempt, policy, random) {
        const floor = backoffFloor(attempt, policy);
        return floor + Math.floor(random() * (ceiling(attempt, policy) - floor));
      }
      function retryAfterDelay(retryAfterMs, attempt, policy, random) {
        const base = Math.min(timers._o, Math.max(retryAfterMs, backoffFloor(attempt, policy)));
        return base + Math.floor(random() * Math.min(1e3, base * 0.1));
      }
      var phrasing = __nccwpck_require__2(31677);
      ;
      const MAX_WINDOW_S = 3600;
      class RatePacer {
        /** Requests left in the current window, as far as we know; undefined when unknown. */
        remaining;
        /** The earliest end of the current window the replies allow. */
        windowEnd = 0;
        issued = 0;
        /** The first ticket issued in the current window: a reply to an older one was counted in a window that is over. */
        windowFirstTicket = 1;
        /** Tickets whose request has not had its reply yet. */
        inFlight = /* @__PURE__ */ new Set();
        /**
         * Counts the reply of ticket `ticket` (a request without a ticket counts as the latest sent).
         * Replies without the headers change nothing but the ticket's.
         */
        observe(headers, now, ticket) {
          if (ticket !== void 0)
            this.inFlight.delete(ticket);
          if (ticket !== void 0 && ticket < this.windowFirstTicket)
            return;
          const remaining = firstNumber(headers["ratelimit-remaining"]);
          const resetSeconds = firstNumber(headers["ratelimit-reset"]);
          if (remaining === void 0 || resetSeconds === void 0)
            return;
          let uncounted = 0;
          if (ticket !== void 0) {
            for (const other of this.inFlight)
              if (other > ticket)
                uncounted++;
          }
          const budget = Math.max(0, remaining - uncounted);
          let end = now + Math.min(resetSeconds, MAX_WINDOW_S) * 1e3;
          const retryAfter = parseRetryAfter(headers["retry-after"], now);
          if (retryAfter !== void 0)
            end = Math.min(end, now + retryAfter);
          if (this.remaining === void 0 || now >= this.windowEnd) {
            this.remaining = budget;
            this.windowEnd = end;
          } else {
            this.remaining = Math.min(this.remaining, budget);
            this.windowEnd = Math.min(this.windowEnd, end);
          }
        }
        /** The request got no reply: it no longer counts as in flight. */
        release(ticket) {
          this.inFlight.delete(ticket);
        }
        /** A ticket for the next request, to hand back with its reply (`observe`) or `release`. */
        ticket() {
          const ticket = ++this.issued;
          this.inFlight.add(ticket);
          return ticket;
        }
        /** How long the next request should wait; counts it against the budget when it may go. */
        reserve(now) {
          if (this.remaining === void 0)
            return 0;
          if (now >= this.windowEnd) {
            this.remaining = void 0;
            this.windowFirstTicket = this.issued + 1;
            return 0;
          }
          if (this.remaining <= 0)
            return this.windowEnd - now;
          this.remaining--;
          return 0;
        }
        /**
         * Waits for the request's turn; `what` and the deadline name the request when its turn would
         * come only after the step's timeout (a reset far off, or a platform's nonsense). Returns how
         * long it waited. A request that waited for a reset asks again: the replies that came in the
         * meantime may have spent the new window too.
         */
        async acquire(clock2, deadline, what = "the next request") {
          let waited = 0;
          for (let wait = this.reserve(clock2.now()); wait > 0; wait = this.reserve(clock2.now())) {
            if (deadline && wait >= deadline.remaining())
              throw lateBy(what, ` (RateLimit-Reset: in ${(0, duration.a)(wait)})`);
            await clock2.sleep(wait, deadline?.signal()).catch(() => Promise.reject(lateBy(what)));
            waited += wait;
          }
          return waited;
        }
      }
      function lateBy(what, why = "") {
        return new errors.On(`${what}: the platform's rate limit lets it go only after the timeout${why}`, void 0, void 0, `Raise ${(0, phrasing.hF)("timeout")}, or ${(0, phrasing.MZ)("rerun")} later.`);
      }
      function firstNumber(value) {
        const text = Array.isArray(value) ? value[0] : value;
        if (text === void 0)
          return void 0;
        const match = /^\s*(\d+(?:\.\d+)?)/.exec(text);
        return match ? Number(match[1]) : void 0;
      }
      const pacers = /* @__PURE__ */ new Map();
      function pacerFor(origin) {
        let pacer = pacers.get(origin);
        if (!pacer) {
          pacer = new RatePacer();
          pacers.set(origin, pacer);
        }
        return pacer;
      }
      ;
      const MESSAGE_LIMIT = 500;
      const CODE_LIMIT = 100;
      const REQUEST_ID_LIMIT = 200;
      function untrustedDetail(detail) {
        return {
          ...detail,
          message: (0, untrusted_text.Ui)(detail.message, MESSAGE_LIMIT),
          code: detail.code === void 0 ? void 0 : (0, untrusted_text.Ui)(detail.code, CODE_LIMIT),
          requestId: detail.requestId === void 0 ? void 0 : (0, untrusted_text.Ui)(detail.requestId, REQUEST_ID_LIMIT)
        };
      }
      const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id"];
      function requestIdOf(headers, platformHeader) {
        for (const name of platformHeader ? [platformHeader, ...REQUEST_ID_HEADERS] : REQUEST_ID_HEADERS) {
          const value = headers[name];
          if (value)
            return (0, untrusted_text.Ui)(Array.isArray(value) ? value[0] : value, REQUEST_ID_LIMIT);
        }
        return void 0;
      }
      function genericErrorDetail(headers, text, requestIdHeader) {
        let message = text.trim();
        try {
          const body = JSON.parse(text);
          const candidate = body.message ?? body.error_msg ?? body.errorMsg ?? body.msg ?? body.error ?? body.title;
          if (typeof candidate === "string")
            message = candidate;
        } catch {
        }
        return { message, requestId: requestIdOf(headers, requestIdHeader) };
      }
      ;
      const ERROR_BODY_LIMIT = 64 * 1024;
      function refusalText(reply) {
        return (0, reply_body.yR)(reply.body, ERROR_BODY_LIMIT).catch(() => "");
      }
      function describeRefusal(reader, reply, text) {
        const detail = reader.describeError?.({ status: reply.status, headers: reply.headers, text });
        return untrustedDetail(detail ?? genericErrorDetail(reply.headers, text, reader.requestIdHeader));
      }
      function refusalError(reader, reply, method, text, detail) {
        const d = detail ?? describeRefusal(reader, reply, text);
        return new errors.j$(reply.status, method, reply.url.pathname, d.message, d.code, d.requestId, {
          hint: d.hint ?? hintForStatus(reply.status),
          reply: text
        });
      }
      function hintForStatus(status) {
        if (status === 401)
          return "Check the credential inputs: the platform did not accept them.";
        if (status === 403)
          return "The credentials were accepted but lack the permission (scope/role) for this call.";
        if (status === 404)
          return "Check the ids and base-url: the platform does not know this resource.";
        return void 0;
      }
      ;
      const IDEMPOTENT_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT", "DELETE"]);
      function isIdempotent(spec) {
        return spec.idempotent ?? IDEMPOTENT_METHODS.has(spec.method);
      }
      function urlFor(baseUrl, spec) {
        const url = /^https?:\/\//i.test(spec.path) ? new URL(spec.path) : new URL(baseUrl.pathname.replace(/\/+$/, "") + spec.path, baseUrl.origin);
        for (const [key, value] of Object.entries(spec.query ?? {})) {
          if (value !== void 0)
            url.searchParams.set(key, String(value));
        }
        return url;
      }
      function lowerCase(headers) {
        const out = {};
        for (const [name, value] of Object.entries(headers ?? {}))
          out[name.toLowerCase()] = value;
        return out;
      }
      function openBody(body, progress) {
        if (!body)
          return void 0;
        const opened = body.open();
        if (Buffer.isBuffer(opened))
          return opened;
        progress.streamed = true;
        opened.once("end", () => {
          progress.finished = true;
        });
        return opened;
      }
      ;
      const SENSITIVE_HEADERS = /* @__PURE__ */ new Set([
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "accesskey",
        "x-auth-token",
        "x-subject-token",
        "x-security-token"
      ]);
      function logRequest(log, request, attempt, trusted) {
        if (!log.debugEnabled)
          return;
        const shown = trusted ? request.url.toString() : `${request.url.origin}${request.url.pathname}${request.url.search ? "?\u2026" : ""}`;
        const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${SENSITIVE_HEADERS.has(name.toLowerCase()) ? "***" : value}`).join(", ");
        log.debug(`\u2192 ${request.method} ${shown}${attempt > 1 ? ` (attempt ${attempt})` : ""} [${headers}]`);
      }
      function logReply(log, reply, elapsedMs, requestIdHeader) {
        if (!log.debugEnabled)
          return;
        const id = requestIdOf(reply.headers, requestIdHeader);
        log.debug(`\u2190 ${reply.status} ${reply.url.pathname} in ${(0, duration.a)(elapsedMs)}${reply.headers["content-length"] ? `, ${reply.headers["content-length"]} bytes` : ""}${id ? `, request id ${id}` : ""}`);
      }
      var schema = __nccwpck_require__2(12032);
      ;
      async function pauseBeforeRetry(retrying, what, attempt, problem, pause, lastError) {
        const { policy, clock: clock2, deadline, log } = retrying;
        const retryAfterMs = pause?.ms;
        if (attempt >= policy.maxAttempts) {
          if (lastError instanceof errors.j$)
            throw lastError;
          throw new errors.Dr(`${what} failed after ${attempt} attempts: ${problem}`, {
            cause: lastError,
            hint: "Check that base-url is right and the platform is reachable from the runner."
          });
        }
        const wait = retryAfterMs !== void 0 ? retryAfterDelay(retryAfterMs, attempt, policy, clock2.random) : backoffDelay(attempt, policy, clock2.random);
        if (wait >= deadline.remaining()) {
          throw new errors.On(`${what}: ${problem}, and the next attempt (in ${(0, duration.a)(wait)}) would come after the timeout`, void 0, void 0, `Raise ${(0, phrasing.hF)("timeout")}, or ${(0, phrasing.MZ)("rerun")} later.`);
        }
        const source = pause ? ` ${pause.source}` : "";
        log.info(`${what}: ${problem}; retrying in ${(0, duration.a)(wait)}${source} (attempt ${attempt + 1} of ${policy.maxAttempts})`);
        await clock2.sleep(wait, deadline.signal()).catch(() => {
          throw new errors.On(`${what}: ${problem}, and the timeout passed while waiting to try again`, void 0, void 0, `Raise ${(0, phrasing.hF)("timeout")}, or ${(0, phrasing.MZ)("rerun")} later.`);
        });
      }
      function checkDeadline(deadline, what, idempotent, cause) {
        if (!deadline.expired())
          return;
        const uncertain = cause !== void 0 && !idempotent;
        throw new errors.On(`${what} did not finish before the timeout`, void 0, void 0, uncertain ? `The request may have reached the platform: check the target before ${(0, phrasing.MZ)("rerunning")}, or raise ${(0, phrasing.hF)("timeout")}.` : `Raise ${(0, phrasing.hF)("timeout")}, or ${(0, phrasing.MZ)("rerun")}.`);
      }
      function describeCause(error) {
        const code = errorCode(error);
        const message = (0, untrusted_text.Ui)(error instanceof Error ? error.message : String(error), 300);
        return code && !message.split(/\W+/).includes(code) ? `${code}: ${message}` : message;
      }
      function certificateRefused(what, error) {
        return new errors.Dr(`${what}: the platform's TLS certificate was refused (${describeCause(error)}); nothing was sent`, {
          cause: error,
          hint: `Check ${(0, phrasing.hF)("base-url")}: its host must be one the certificate names. If the platform's certificate comes from a private CA, give the step that CA's PEM file in the environment variable NODE_EXTRA_CA_CERTS.`
        });
      }
      ;
      function headerCredentials(name, value) {
        return {
          authorize(request) {
            request.headers[name] = value;
          }
        };
      }
      ;
      const REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
      const MAX_REDIRECTS = 5;
      class HttpClient {
        options;
        baseUrl;
        origin;
        log;
        clock;
        deadline;
        retrying;
        timeouts;
        constructor(options) {
          this.options = options;
          this.baseUrl = options.baseUrl;
          this.origin = options.baseUrl.origin;
          this.log = options.log;
          this.clock = options.clock ?? clock.m;
          this.deadline = options.deadline ?? clock.B.after(24 * 36e5, this.clock);
          this.retrying = { policy: { ...defaultRetryPolicy, ...options.retry }, clock: this.clock, deadline: this.deadline, log: this.log };
          this.timeouts = { ...(0, dispatcher.I5)(), ...options.timeouts };
        }
        /** Send, retrying as the rules allow, and hand a successful reply to `consume`. */
        async request(spec, consume) {
          const what = spec.what ?? `${spec.method} ${spec.path.split("?")[0]}`;
          const idempotent = isIdempotent(spec);
          const body = spec.body ? await (0, http_body.e)(spec.body, this.options.gzipRequestsAbove) : void 0;
          let url = this.resolve(spec);
          const method = spec.method;
          let attempt = 0;
          let redirects = 0;
          let refreshed = false;
          for (; ; ) {
            attempt++;
            const trusted = url.origin === this.origin;
            if (trusted && this.options.credentials?.prepare)
              await this.options.credentials.prepare();
            const pacer = pacerFor(url.origin);
            const paced = await pacer.acquire(this.clock, this.deadline, what);
            if (paced >= 500)
              this.log.info(`${what}: pacing for the platform's rate limit (${(0, duration.a)(paced)})`);
            this.checkDeadline(what, idempotent);
            const outgoing = {
              method,
              url,
              headers: {
                "user-agent": this.options.userAgent ?? `flowferry/${version.x}`,
                "accept-encoding": "gzip, deflate",
                ...lowerCase(this.options.headers),
                ...lowerCase(spec.headers),
                ...body?.headers
              },
              body
            };
            if (trusted && this.options.credentials)
              await this.options.credentials.authorize(outgoing);
            this.logRequest(outgoing, attempt, trusted);
            const ticket = pacer.ticket();
            const progress = { streamed: false, finished: false };
            const started = this.clock.now();
            let response;
            const exchange = {
              method,
              headers: outgoing.headers,
              body: openBody(outgoing.body, progress),
              signal: this.deadline.signal(),
              connectTimeoutMs: this.timeouts.connectMs,
              headersTimeoutMs: (0, timers.Q2)(spec.readTimeoutMs ?? this.timeouts.readMs),
              bodyTimeoutMs: (0, timers.Q2)(Math.max(spec.readTimeoutMs ?? 0, this.timeouts.readMs))
            };
            const framed = spec.download && (exchange.body === void 0 || Buffer.isBuffer(exchange.body)) ? await __nccwpck_require__2.e(
              /* import() */
              845
            ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 95845)) : void 0;
            try {
              response = framed ? await framed.sendFramed(url, exchange) : await (0, transport.tN)(url, exchange, (0, dispatcher.bA)(url));
            } catch (error2) {
              pacer.release(ticket);
              this.checkDeadline(what, idempotent, error2);
              if (isCertificateRefused(error2))
                throw certificateRefused(what, error2);
              const delivered = !neverSent(error2) && !(progress.streamed && !progress.finished);
              if (delivered && !idempotent)
                throw new errors.WX(what, error2, spec.harmlessIfRepeated);
              await this.pauseBeforeRetry(what, attempt, `${describeCause(error2)}`, void 0, error2);
              continue;
            }
            if (!spec.readsWithoutSchemas)
              await (0, schema.B)();
            pacer.observe(response.headers, this.clock.now(), ticket);
            const reply = {
              status: response.statusCode,
              headers: response.headers,
              body: (0, reply_body.Vj)(response.body, response.headers, what),
              url
            };
            this.logReply(reply, this.clock.now() - started);
            if (REDIRECTS.has(reply.status) && reply.headers.location && (method === "GET" || method === "HEAD")) {
              reply.body.destroy();
              if (++redirects > MAX_REDIRECTS)
                throw new errors.Dr(`${what}: more than ${MAX_REDIRECTS} redirects`);
              url = redirectTarget(reply.headers.location, url, what);
              attempt--;
              continue;
            }
            if (reply.status === 401 && trusted && !refreshed && this.options.credentials?.refresh) {
              reply.body.destroy();
              refreshed = true;
              if (await this.options.credentials.refresh()) {
                this.log.info(`${what}: the platform refused the credentials (401); retrying once with fresh ones`);
                attempt--;
                continue;
              }
              throw this.errorFor(reply, method, "", { message: "unauthorized" });
            }
            if (reply.status >= 200 && reply.status < 300 || spec.accept?.includes(reply.status)) {
              try {
                return await consume(reply);
              } catch (error2) {
                reply.body.destroy();
                if (error2 instanceof http_errors.A && idempotent)
                  throw error2;
                if (error2 instanceof errors.rm && !(error2 instanceof http_errors._) && !(error2 instanceof http_errors.A))
                  throw error2;
                this.checkDeadline(what, idempotent, error2);
                if (!idempotent)
                  throw new errors.WX(what, error2, spec.harmlessIfRepeated);
                await this.pauseBeforeRetry(what, attempt, `the reply could not be read (${describeCause(error2)})`, void 0, error2);
                continue;
              }
            }
            const text = await refusalText(reply);
            await (0, schema.B)();
            const detail = this.describe(reply, text);
            const throttled = reply.status === 429 || detail.throttled === true;
            if (throttled || idempotent && isTransientStatus(reply.status)) {
              const header = parseRetryAfter(reply.headers["retry-after"], this.clock.now());
              const pause = header !== void 0 ? { ms: header, source: "as the platform asked (Retry-After)" } : detail.retryAfterMs !== void 0 ? { ms: detail.retryAfterMs, source: "as the platform's documentation advises (no Retry-After)" } : void 0;
              const problem = `HTTP ${reply.status}${detail.code ? ` ${detail.code}` : ""}`;
              await this.pauseBeforeRetry(what, attempt, problem, pause, this.errorFor(reply, method, text, detail));
              continue;
            }
            const error = this.errorFor(reply, method, text, detail);
            if (!idempotent && reply.status >= 500) {
              throw error.withHint(spec.harmlessIfRepeated ?? "flowferry did not retry, because sending this request twice could repeat the change. Check the target environment, then re-run the step.");
            }
            throw error;
          }
        }
        /** GET/POST and parse a JSON reply, checked against `parse` (a zod schema's parse, typically). */
        async json(spec, parse) {
          return this.request(spec, async (reply) => parse(await (0, reply_body.Vh)(reply, spec.what ?? spec.path)));
        }
        // The loop's steps, bound to this client's platform, clock, deadline and log.
        resolve(spec) {
          return urlFor(this.baseUrl, spec);
        }
        describe(reply, text) {
          return describeRefusal(this.options, reply, text);
        }
        errorFor(reply, method, text, detail) {
          return refusalError(this.options, reply, method, text, detail);
        }
        pauseBeforeRetry(what, attempt, problem, pause, lastError) {
          return pauseBeforeRetry(this.retrying, what, attempt, problem, pause, lastError);
        }
        checkDeadline(what, idempotent, cause) {
          checkDeadline(this.deadline, what, idempotent, cause);
        }
        logRequest(request, attempt, trusted) {
          logRequest(this.log, request, attempt, trusted);
        }
        logReply(reply, elapsedMs) {
          logReply(this.log, reply, elapsedMs, this.options.requestIdHeader);
        }
      }
    })
  ),
  /***/
  23123: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        D6: () => (
          /* binding */
          closeHttp
        ),
        /* harmony export */
        I5: () => (
          /* binding */
          timeoutsFromEnv
        ),
        /* harmony export */
        bA: () => (
          /* binding */
          poolsFor
        ),
        /* harmony export */
        vn: () => (
          /* binding */
          downloadSockets
        )
        /* harmony export */
      });
      var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(98571);
      var _timers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(96885);
      const defaultTimeouts = { connectMs: 1e4, readMs: 6e4 };
      function timeoutsFromEnv(env = process.env) {
        return {
          connectMs: Math.min(_timers_js__WEBPACK_IMPORTED_MODULE_1__._o, (0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.E)(env.FLOWFERRY_CONNECT_TIMEOUT ?? "") ?? defaultTimeouts.connectMs),
          readMs: Math.min(_timers_js__WEBPACK_IMPORTED_MODULE_1__._o, (0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.E)(env.FLOWFERRY_READ_TIMEOUT ?? "") ?? defaultTimeouts.readMs)
        };
      }
      const MAX_SOCKETS = 64;
      const IDLE_MS = 4e3;
      let shared;
      const downloadSockets = /* @__PURE__ */ new Set();
      function poolsFor(url) {
        const options = { keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_MS };
        const pools = shared ??= { http: new (process.getBuiltinModule("node:http")).Agent(options) };
        if (url.protocol === "https:")
          pools.https ??= new (process.getBuiltinModule("node:https")).Agent(options);
        return pools;
      }
      async function closeHttp() {
        const current = shared;
        shared = void 0;
        current?.http.destroy();
        current?.https?.destroy();
        for (const socket of downloadSockets)
          socket.destroy();
        downloadSockets.clear();
      }
    })
  ),
  /***/
  46081: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        A: () => (
          /* binding */
          ReplyTooLargeError
        ),
        /* harmony export */
        _: () => (
          /* binding */
          MalformedReplyError
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74296);
      class MalformedReplyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.vO {
      }
      class ReplyTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.vO {
        constructor(message) {
          super(message, {
            hint: "The platform (or a proxy in front of it) sent far more than a workflow definition; check base-url, and the platform's health."
          });
        }
      }
    })
  ),
  /***/
  44557: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Vh: () => (
          /* binding */
          readJson
        ),
        /* harmony export */
        Vj: () => (
          /* binding */
          decodeBody
        ),
        /* harmony export */
        bC: () => (
          /* binding */
          readWholeText
        ),
        /* harmony export */
        vf: () => (
          /* binding */
          discard
        ),
        /* harmony export */
        yR: () => (
          /* binding */
          readText
        )
        /* harmony export */
      });
      var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(57075);
      var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
      var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(36419);
      var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(46081);
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(61037);
      const REPLY_LIMIT = 4 * 1024 ** 3;
      const DISCARD_LIMIT = 1024 * 1024;
      const lenient = () => {
        const { Z_SYNC_FLUSH } = zlib().constants;
        return { flush: Z_SYNC_FLUSH, finishFlush: Z_SYNC_FLUSH };
      };
      const zlib = () => process.getBuiltinModule("node:zlib");
      function decodeBody(source, headers, what, limit = REPLY_LIMIT) {
        const encoding = String(headers["content-encoding"] ?? "").trim().toLowerCase();
        const inflater = encoding === "gzip" || encoding === "x-gzip" ? zlib().createGunzip(lenient()) : encoding === "deflate" ? zlib().createInflate(lenient()) : void 0;
        const length = headers["content-length"] ?? "";
        if (!inflater && encoding === "" && /^\d{1,15}$/.test(length) && Number(length) <= limit)
          return source;
        if (!inflater && encoding === "" && isLimitable(source)) {
          source.limitTo(limit, () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__.A(`${what}: the reply is larger than ${limit} bytes, the most flowferry takes`));
          return source;
        }
        const bounded = limiter(limit, what);
        if (!inflater) {
          (0, node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, bounded, ignore);
          return bounded;
        }
        inflater.once("error", (error) => {
          bounded.destroy(new _errors_js__WEBPACK_IMPORTED_MODULE_1__._(`${what}: the reply's ${encoding} encoding is broken (${error.code ?? "zlib"}: ${error.message})`, { cause: error }));
        });
        (0, node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, inflater, bounded, ignore);
        return bounded;
      }
      function isLimitable(source) {
        return typeof source.limitTo === "function";
      }
      function limiter(limit, what) {
        let size = 0;
        return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
          transform(chunk, _encoding, done) {
            size += chunk.length;
            if (size > limit)
              done(new _errors_js__WEBPACK_IMPORTED_MODULE_1__.A(`${what}: the reply is larger than ${limit} bytes, the most flowferry takes`));
            else
              done(null, chunk);
          }
        });
      }
      function ignore() {
      }
      async function discard(reply) {
        let size = 0;
        try {
          for await (const chunk of reply.body) {
            size += chunk.length;
            if (size > DISCARD_LIMIT)
              break;
          }
        } catch {
        } finally {
          reply.body.destroy();
        }
      }
      async function readText(body, limit) {
        const chunks = [];
        let size = 0;
        try {
          for await (const chunk of body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            chunks.push(buffer.subarray(0, limit - size));
            size += buffer.length;
            if (size >= limit)
              break;
          }
        } finally {
          body.destroy();
        }
        return Buffer.concat(chunks).toString("utf8");
      }
      async function readJson(reply, what, limit = _limits_js__WEBPACK_IMPORTED_MODULE_3__.oX) {
        const chunks = [];
        let size = 0;
        try {
          for await (const chunk of reply.body) {
            size += chunk.length;
            if (size > limit)
              throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.A(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads into memory`);
            chunks.push(chunk);
          }
        } finally {
          reply.body.destroy();
        }
        const text = Buffer.concat(chunks).toString("utf8");
        if (text.trim() === "")
          return void 0;
        try {
          return JSON.parse(text);
        } catch {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__._(`${what}: the reply is not valid JSON (HTTP ${reply.status}, ${size} bytes, starts with "${(0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ui)(text, 40)}")`);
        }
      }
      async function readWholeText(body, limit, what) {
        const chunks = [];
        let size = 0;
        try {
          for await (const chunk of body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += buffer.length;
            if (size > limit)
              throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.A(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads of it`);
            chunks.push(buffer);
          }
        } finally {
          body.destroy();
        }
        return Buffer.concat(chunks).toString("utf8");
      }
    })
  ),
  /***/
  95473: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Xb: () => (
          /* binding */
          NotConnectedError
        ),
        /* harmony export */
        tN: () => (
          /* binding */
          send
        ),
        /* harmony export */
        x0: () => (
          /* binding */
          CONNECT_TIMEOUT
        )
        /* harmony export */
      });
      var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(98571);
      var _timers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(96885);
      const CONNECT_TIMEOUT = "CONNECT_TIMEOUT";
      const HEADERS_TIMEOUT = "HEADERS_TIMEOUT";
      const BODY_TIMEOUT = "BODY_TIMEOUT";
      function coded(code, message) {
        return Object.assign(new Error(message), { code });
      }
      class NotConnectedError extends Error {
        code;
        constructor(cause) {
          super(cause.message, { cause });
          this.name = "NotConnectedError";
          this.code = cause.code;
        }
      }
      function send(url, exchange, pools) {
        return new Promise((resolve, reject) => {
          const { signal } = exchange;
          if (signal.aborted)
            return reject(signal.reason);
          const secure = url.protocol === "https:";
          let req;
          try {
            const client = secure ? process.getBuiltinModule("node:https") : process.getBuiltinModule("node:http");
            req = client.request(url, { method: exchange.method, headers: exchange.headers, agent: secure ? pools.https : pools.http });
          } catch (error) {
            return reject(error);
          }
          let response;
          let socket;
          let connectTimer;
          let done = false;
          let connected = false;
          const fail = (error) => {
            if (done)
              return;
            if (response)
              response.destroy(error);
            req.destroy(error);
            reject(error);
          };
          const onAbort = () => fail(signal.reason);
          const onIdle = () => {
            fail(response ? coded(BODY_TIMEOUT, `the reply stopped: nothing came for ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(exchange.bodyTimeoutMs)} (body timeout; FLOWFERRY_READ_TIMEOUT sets it)`) : coded(HEADERS_TIMEOUT, `no reply: nothing came for ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(exchange.headersTimeoutMs)} after the request (headers timeout; FLOWFERRY_READ_TIMEOUT sets it)`));
          };
          const cleanup = () => {
            if (done)
              return;
            done = true;
            clearTimeout(connectTimer);
            signal.removeEventListener("abort", onAbort);
            socket?.removeListener("timeout", onIdle);
          };
          signal.addEventListener("abort", onAbort, { once: true });
          req.on("error", (error) => {
            if (response && !response.destroyed)
              response.destroy(error);
            reject(connected ? error : new NotConnectedError(error));
            cleanup();
          });
          req.once("close", () => {
            if (!response)
              cleanup();
          });
          req.once("socket", (assigned) => {
            socket = assigned;
            assigned.on("timeout", onIdle);
            const reading = () => {
              connected = true;
              clearTimeout(connectTimer);
              if (!done && !response)
                assigned.setTimeout((0, _timers_js__WEBPACK_IMPORTED_MODULE_1__.Q2)(exchange.headersTimeoutMs));
            };
            if (!assigned.connecting)
              return reading();
            assigned.setTimeout(0);
            connectTimer = setTimeout(() => {
              fail(coded(CONNECT_TIMEOUT, `connect timeout: no connection to ${url.host} within ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(exchange.connectTimeoutMs)} (FLOWFERRY_CONNECT_TIMEOUT sets it)`));
            }, (0, _timers_js__WEBPACK_IMPORTED_MODULE_1__.Q2)(exchange.connectTimeoutMs));
            assigned.once(secure ? "secureConnect" : "connect", reading);
          });
          req.once("response", (res) => {
            response = res;
            socket?.setTimeout((0, _timers_js__WEBPACK_IMPORTED_MODULE_1__.Q2)(exchange.bodyTimeoutMs));
            res.once("close", cleanup);
            resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res });
          });
          const { body } = exchange;
          if (body === void 0 || Buffer.isBuffer(body)) {
            req.end(body);
          } else {
            body.once("error", (error) => req.destroy(error));
            req.once("close", () => {
              if (!body.readableEnded)
                body.destroy();
            });
            body.pipe(req);
          }
        });
      }
    })
  ),
  /***/
  34070: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        EK: () => (
          /* binding */
          describeIdToken
        ),
        /* harmony export */
        Z4: () => (
          /* binding */
          IdTokenError
        ),
        /* harmony export */
        e0: () => (
          /* binding */
          idTokenClaims
        ),
        /* harmony export */
        kn: () => (
          /* binding */
          idTokenSource
        ),
        /* harmony export */
        ob: () => (
          /* binding */
          askRunner
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74296);
      var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(17885);
      var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(58010);
      const ID_TOKEN_URL_VARIABLE = "ACTIONS_ID_TOKEN_REQUEST_URL";
      const ID_TOKEN_TOKEN_VARIABLE = "ACTIONS_ID_TOKEN_REQUEST_TOKEN";
      class IdTokenError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.rm {
      }
      const ID_TOKEN_PERMISSIONS = ["permissions:", "  id-token: write   # lets the job request a GitHub OIDC ID token", "  contents: read    # what actions/checkout needs, since a permissions block replaces the defaults"];
      function idTokenSource(ask, env = process.env) {
        return async (audience) => {
          const url = env[ID_TOKEN_URL_VARIABLE]?.trim();
          const requestToken = env[ID_TOKEN_TOKEN_VARIABLE]?.trim();
          (0, _secrets_js__WEBPACK_IMPORTED_MODULE_2__.cl)(requestToken);
          if (!url || !requestToken) {
            const missing = [!url && ID_TOKEN_URL_VARIABLE, !requestToken && ID_TOKEN_TOKEN_VARIABLE].filter(Boolean).join(" and ");
            throw new IdTokenError(`keyless sign-in needs a GitHub OIDC ID token, but this job may not request one: ${missing} ${missing.includes(" and ") ? "are" : "is"} not set. GitHub sets them only for a job granted id-token: write (never for a pull request from a fork, nor outside GitHub Actions).`, { hint: `Add to the job (or the workflow):
${ID_TOKEN_PERMISSIONS.map((line) => `  ${line}`).join("\n")}` });
          }
          let token;
          try {
            token = (await ask(audience)).trim();
          } catch (error) {
            if (error instanceof IdTokenError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.On)
              throw error;
            const reason = error instanceof Error ? error.message.replace(/\s+/g, " ").replace(/^Error message: /, "") : String(error);
            throw new IdTokenError(`the runner did not hand out an ID token${audience ? ` for audience '${audience}'` : ""}: ${reason}`, {
              hint: "The request token lives only as long as the job; if the job has id-token: write, run it again.",
              cause: error
            });
          }
          (0, _secrets_js__WEBPACK_IMPORTED_MODULE_2__.cl)(token);
          if (!idTokenClaims(token))
            throw new IdTokenError("the runner answered the ID token request with something that is not a JWT");
          return token;
        };
      }
      function idTokenClaims(jwt) {
        const parts = jwt.split(".");
        if (parts.length !== 3)
          return void 0;
        try {
          const claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
          return claims !== null && typeof claims === "object" && !Array.isArray(claims) ? claims : void 0;
        } catch {
          return void 0;
        }
      }
      function describeIdToken(claims) {
        const show = (value2) => Array.isArray(value2) ? value2.map(String).join(", ") : typeof value2 === "string" || typeof value2 === "number" ? String(value2) : void 0;
        const exp = typeof claims.exp === "number" ? new Date(claims.exp * 1e3).toISOString() : void 0;
        return [
          ["iss", show(claims.iss)],
          ["aud", show(claims.aud)],
          ["sub", show(claims.sub)],
          ["repository", show(claims.repository)],
          ["expires", exp]
        ].filter(([, value2]) => value2 !== void 0).map(([name, value2]) => `${name} ${JSON.stringify(value2)}`).join(", ");
      }
      function askRunner(log, env = process.env) {
        return async (audience) => {
          const url = new URL(env[ID_TOKEN_URL_VARIABLE].trim());
          if (audience !== void 0)
            url.searchParams.set("audience", audience);
          const http = new _http_client_js__WEBPACK_IMPORTED_MODULE_1__.Qq({ baseUrl: new URL(url.origin), log, credentials: (0, _http_client_js__WEBPACK_IMPORTED_MODULE_1__.sy)("Authorization", `Bearer ${env[ID_TOKEN_TOKEN_VARIABLE].trim()}`) });
          const reply = await http.json({ method: "GET", path: url.toString(), what: "request an ID token from the runner", headers: { accept: "application/json" } }, (value2) => value2);
          const token = value(reply);
          if (!token)
            throw new Error("the runner's reply has no ID token in `value`");
          return token;
        };
      }
      function value(reply) {
        if (reply === null || typeof reply !== "object")
          return void 0;
        const token = reply.value;
        return typeof token === "string" && token.trim() !== "" ? token : void 0;
      }
    })
  ),
  /***/
  19033: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        DI: () => (
          /* binding */
          tooDeep
        ),
        /* harmony export */
        Fd: () => (
          /* binding */
          TooDeepError
        ),
        /* harmony export */
        RV: () => (
          /* binding */
          guardDepth
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74296);
      var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(36419);
      function tooDeep(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_1__.KX) {
        let depth = 0;
        let inString = false;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (inString) {
            if (c === 92)
              i++;
            else if (c === 34)
              inString = false;
          } else if (c === 34)
            inString = true;
          else if (c === 91 || c === 123) {
            if (++depth > max)
              return i;
          } else if (c === 93 || c === 125)
            depth--;
        }
        return void 0;
      }
      class TooDeepError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.rm {
        constructor(max = _limits_js__WEBPACK_IMPORTED_MODULE_1__.KX) {
          super(`a JSON document nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`);
        }
      }
      function guardDepth(depth, max = _limits_js__WEBPACK_IMPORTED_MODULE_1__.KX) {
        if (depth > max)
          throw new TooDeepError(max);
      }
    })
  ),
  /***/
  59656: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Aj: () => (
          /* binding */
          readLeadingFields
        ),
        /* harmony export */
        JE: () => (
          /* binding */
          readJsonFile
        ),
        /* harmony export */
        NR: () => (
          /* binding */
          checkJsonFile
        ),
        /* harmony export */
        vA: () => (
          /* binding */
          withoutBom
        ),
        /* harmony export */
        xx: () => (
          /* binding */
          tooLargeToCheck
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74296);
      var _fs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(78616);
      var _json_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(5737);
      var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(36419);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(19130);
      async function readJsonText(file, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_1__.Gt)(file)) {
        const bytes = await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.$p)(file, { shown }, _limits_js__WEBPACK_IMPORTED_MODULE_4__.jA);
        return bytes === void 0 ? void 0 : (0, _json_text_js__WEBPACK_IMPORTED_MODULE_2__.s$)(bytes, shown);
      }
      function withoutBom(text) {
        return text.replace(/^\uFEFF/, "");
      }
      async function readJsonFile(file, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_1__.Gt)(file)) {
        const text = await readJsonText(file, shown);
        if (text === void 0)
          return void 0;
        try {
          return { value: JSON.parse(text) };
        } catch {
          return void 0;
        }
      }
      const HEAD_BYTES = 1024 * 1024;
      async function readLeadingFields(file, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_1__.Gt)(file)) {
        const { handle, info } = await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.rr)(file, { shown });
        try {
          if (info.size <= BigInt(_limits_js__WEBPACK_IMPORTED_MODULE_4__.jA))
            return void 0;
          const head = Buffer.alloc(HEAD_BYTES);
          const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
          const { leadingFields } = await Promise.resolve(
            /* import() */
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 33603));
          return leadingFields(withoutBom(head.subarray(0, bytesRead).toString("utf8")));
        } finally {
          await handle.close();
        }
      }
      function tooLargeToCheck(shown, platform) {
        return {
          file: shown,
          severity: "notice",
          rule: `${platform.rulePrefix}.unchecked`,
          message: `too large to check offline: more than ${_limits_js__WEBPACK_IMPORTED_MODULE_4__.jA} bytes, the most flowferry parses; ${platform.title} checks it on import`
        };
      }
      async function checkJsonFile(file, shown, platform) {
        let text;
        try {
          text = await readJsonText(file, shown);
        } catch (error) {
          if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.rJ && error.findings[0])
            return { finding: error.findings[0] };
          throw error;
        }
        if (text === void 0)
          return { finding: tooLargeToCheck(shown, platform) };
        try {
          return { text, document: JSON.parse(text) };
        } catch (error) {
          const { jsonSyntaxError } = await Promise.resolve(
            /* import() */
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 25049));
          const syntax = jsonSyntaxError(text) ?? { line: 1, col: 1, message: error.message };
          return { finding: { file: shown, line: syntax.line, col: syntax.col, severity: "error", rule: "json.syntax", message: `not valid JSON: ${syntax.message}` } };
        }
      }
    })
  ),
  /***/
  25049: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.r(__webpack_exports__2);
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        jsonSyntaxError: () => (
          /* binding */
          jsonSyntaxError
        ),
        /* harmony export */
        locateJsonError: () => (
          /* binding */
          locateJsonError
        ),
        /* harmony export */
        locatePath: () => (
          /* binding */
          locatePath
        ),
        /* harmony export */
        locatePaths: () => (
          /* binding */
          locatePaths
        )
        /* harmony export */
      });
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(19033);
      var _json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(33603);
      var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(36419);
      var _json_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(5737);
      function jsonSyntaxError(text) {
        const deep = (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_0__.DI)(text);
        if (deep !== void 0)
          return { ...(0, _json_text_js__WEBPACK_IMPORTED_MODULE_2__.t$)(text, deep), message: `nested more than ${_limits_js__WEBPACK_IMPORTED_MODULE_3__.KX} levels deep` };
        const error = (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_1__.mk)(text);
        return error && { line: error.line, col: error.col, message: error.message };
      }
      function locateJsonError(text) {
        const error = jsonSyntaxError(text);
        return error ? { line: error.line, col: error.col } : {};
      }
      function locatePath(text, path2) {
        return locatePaths(text, [path2])[0];
      }
      function locatePaths(text, paths) {
        if (paths.length === 0)
          return [];
        const offsets = (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_1__.wM)(text, paths);
        let lineStarts;
        return offsets.map((offset) => {
          if (offset === void 0)
            return void 0;
          lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
          let low = 0;
          let high = lineStarts.length - 1;
          while (low < high) {
            const middle = low + high + 1 >> 1;
            if (lineStarts[middle] <= offset)
              low = middle;
            else
              high = middle - 1;
          }
          return { line: low + 1, col: offset - lineStarts[low] + 1 };
        });
      }
    })
  ),
  /***/
  5737: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        MZ: () => (
          /* binding */
          textError
        ),
        /* harmony export */
        QR: () => (
          /* binding */
          assertDepth
        ),
        /* harmony export */
        _6: () => (
          /* binding */
          decodeUtf8
        ),
        /* harmony export */
        hE: () => (
          /* binding */
          depthProblem
        ),
        /* harmony export */
        op: () => (
          /* binding */
          jsonTextOrProblem
        ),
        /* harmony export */
        s$: () => (
          /* binding */
          jsonText
        ),
        /* harmony export */
        t$: () => (
          /* binding */
          positionAt
        )
        /* harmony export */
      });
      var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(4573);
      var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(74296);
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(19033);
      var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(36419);
      const BOM = Buffer.from([239, 187, 191]);
      function decodeUtf8(bytes) {
        const bom = bytes.subarray(0, 3).equals(BOM) ? 3 : 0;
        const body = bytes.subarray(bom);
        if ((0, node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(body))
          return { text: body.toString("utf8") };
        if (bom === 0 && (bytes[0] === 255 || bytes[0] === 254) && (bytes[1] === 254 || bytes[1] === 255)) {
          return { problem: { rule: "json.encoding", message: "is UTF-16 (it starts with a UTF-16 byte order mark); only UTF-8 is accepted", line: 1, col: 1 } };
        }
        const offset = bom + firstInvalidUtf8(body);
        const before = bytes.subarray(bom, offset).toString("utf8");
        return {
          problem: { rule: "json.encoding", message: `is not valid UTF-8: byte ${offset} (0x${bytes[offset].toString(16).padStart(2, "0")}) starts no UTF-8 character`, ...positionAt(before, before.length) }
        };
      }
      function firstInvalidUtf8(bytes) {
        let i = 0;
        while (i < bytes.length) {
          const b = bytes[i];
          let need = 0;
          let low = 128;
          let high = 191;
          if (b < 128)
            need = 0;
          else if (b >= 194 && b <= 223)
            need = 1;
          else if (b >= 224 && b <= 239) {
            need = 2;
            if (b === 224)
              low = 160;
            if (b === 237)
              high = 159;
          } else if (b >= 240 && b <= 244) {
            need = 3;
            if (b === 240)
              low = 144;
            if (b === 244)
              high = 143;
          } else
            return i;
          for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === void 0 || c < (k === 1 ? low : 128) || c > (k === 1 ? high : 191))
              return i;
          }
          i += need + 1;
        }
        return bytes.length;
      }
      function depthProblem(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_3__.KX) {
        const at = (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_2__.DI)(text, max);
        if (at === void 0)
          return void 0;
        return { rule: "json.depth", message: `nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`, ...positionAt(text, at) };
      }
      function jsonTextOrProblem(bytes, max = _limits_js__WEBPACK_IMPORTED_MODULE_3__.KX) {
        const decoded = decodeUtf8(bytes);
        if ("problem" in decoded)
          return decoded;
        const problem = depthProblem(decoded.text, max);
        return problem ? { problem } : decoded;
      }
      const HINTS = {
        "json.encoding": "Save the file as UTF-8 (with or without a byte order mark).",
        "json.depth": "Flatten the document; no workflow export nests anywhere near this deep."
      };
      function textError(file, problem) {
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__.rJ.at({ file, line: problem.line, col: problem.col }, problem.rule, problem.message, HINTS[problem.rule]);
      }
      function jsonText(bytes, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_3__.KX) {
        const result = jsonTextOrProblem(bytes, max);
        if ("problem" in result)
          throw textError(file, result.problem);
        return result.text;
      }
      function assertDepth(text, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_3__.KX) {
        const problem = depthProblem(text, max);
        if (problem)
          throw textError(file, problem);
      }
      function positionAt(text, offset) {
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < offset && i < text.length; i++) {
          if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
          }
        }
        return { line, col: offset - lineStart + 1 };
      }
    })
  ),
  /***/
  33603: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        leadingFields: () => (
          /* binding */
          leadingFields
        ),
        /* harmony export */
        mk: () => (
          /* binding */
          firstSyntaxError
        ),
        /* harmony export */
        rq: () => (
          /* binding */
          pointerOf
        ),
        /* harmony export */
        visitStringValues: () => (
          /* binding */
          visitStringValues
        ),
        /* harmony export */
        wM: () => (
          /* binding */
          offsetsOf
        )
        /* harmony export */
      });
      var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(99547);
      var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(19033);
      const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
      const STOP = /* @__PURE__ */ Symbol("stop");
      function firstSyntaxError(text) {
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          throw new _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.Fd();
        let found;
        try {
          (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onError(error, offset, _length, line, character) {
              found = { offset, line: line + 1, col: character + 1, message: describeCode((0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(error)) };
              throw STOP;
            }
          }, STRICT);
        } catch (error) {
          if (error !== STOP)
            throw error;
        }
        return found;
      }
      function visitStringValues(text, onString, wanted) {
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          throw new _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.Fd();
        const inObject = [];
        let property = "";
        let valid = true;
        try {
          (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onObjectBegin: () => void inObject.push(true),
            onObjectEnd: () => void inObject.pop(),
            onArrayBegin: () => void inObject.push(false),
            onArrayEnd: () => void inObject.pop(),
            onObjectProperty: (name) => void (property = name),
            onLiteralValue(value, offset, length, line, character, pathSupplier) {
              if (typeof value !== "string")
                return;
              let path2;
              const pathOf = () => path2 ??= pathSupplier();
              if (wanted) {
                const parentIsObject = inObject.at(-1);
                const key = parentIsObject === void 0 ? void 0 : parentIsObject ? property : pathOf().at(-1);
                if (key !== void 0 && !wanted(key))
                  return;
              }
              onString({ value, offset, length, line: line + 1, col: character + 1 }, pathOf);
            },
            onError() {
              valid = false;
              throw STOP;
            }
          }, STRICT);
        } catch (error) {
          if (error !== STOP)
            throw error;
        }
        return valid;
      }
      function offsetsOf(text, paths) {
        const pointers = paths.map(pointerOf);
        const wanted = /* @__PURE__ */ new Set();
        for (const path2 of paths)
          for (let depth = 0; depth <= path2.length; depth++)
            wanted.add(pointerOf(path2.slice(0, depth)));
        const found = /* @__PURE__ */ new Map();
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          return paths.map(() => void 0);
        const note = (path2, offset) => {
          const pointer = pointerOf(path2);
          if (wanted.has(pointer) && !found.has(pointer))
            found.set(pointer, offset);
        };
        const inArray = [];
        const element = (offset, pathSupplier) => {
          if (inArray.at(-1) !== false)
            note(pathSupplier(), offset);
        };
        (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
          onObjectBegin(offset, _length, _line, _character, pathSupplier) {
            element(offset, pathSupplier);
            inArray.push(false);
          },
          onObjectEnd: () => void inArray.pop(),
          onArrayBegin(offset, _length, _line, _character, pathSupplier) {
            element(offset, pathSupplier);
            inArray.push(true);
          },
          onArrayEnd: () => void inArray.pop(),
          onLiteralValue: (_value, offset, _length, _line, _character, pathSupplier) => element(offset, pathSupplier),
          onObjectProperty: (name, offset, _length, _line, _character, pathSupplier) => note([...pathSupplier(), name], offset)
        }, { disallowComments: true });
        return pointers.map((_pointer, i) => {
          const path2 = paths[i];
          for (let depth = path2.length; depth >= 0; depth--) {
            const offset = found.get(pointerOf(path2.slice(0, depth)));
            if (offset !== void 0)
              return offset;
          }
          return void 0;
        });
      }
      function leadingFields(text, maxDepth = 3) {
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          return void 0;
        let root;
        const container = (next) => typeof next === "number" ? [] : /* @__PURE__ */ Object.create(null);
        const put = (path2, value) => {
          root ??= container(path2[0]);
          let node = root;
          for (let i = 0; i < path2.length - 1; i++) {
            const next = node[path2[i]] ??= container(path2[i + 1]);
            if (next === null || typeof next !== "object")
              return;
            node = next;
          }
          node[path2.at(-1)] = value;
        };
        try {
          (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onLiteralValue(value, _offset, _length, _line, _character, pathSupplier) {
              const path2 = pathSupplier();
              if (path2.length === 0 || path2.length > maxDepth || path2.includes("__proto__"))
                return;
              put(path2, value);
            },
            onError() {
              throw STOP;
            }
          }, STRICT);
        } catch (error) {
          if (error !== STOP)
            throw error;
        }
        return root;
      }
      function pointerOf(path2) {
        return path2.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
      }
      function describeCode(code) {
        return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
      }
    })
  ),
  /***/
  36419: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        BO: () => (
          /* binding */
          OUTPUT_JSON_BUDGET_BYTES
        ),
        /* harmony export */
        C5: () => (
          /* binding */
          MAX_VARS_DEPTH
        ),
        /* harmony export */
        KX: () => (
          /* binding */
          MAX_JSON_DEPTH
        ),
        /* harmony export */
        Lo: () => (
          /* binding */
          MAX_VARS_FILE_BYTES
        ),
        /* harmony export */
        PR: () => (
          /* binding */
          MAX_PATH_BYTES
        ),
        /* harmony export */
        ZJ: () => (
          /* binding */
          MAX_MANIFEST_BYTES
        ),
        /* harmony export */
        Zz: () => (
          /* binding */
          MAX_MANIFEST_FILES
        ),
        /* harmony export */
        jA: () => (
          /* binding */
          JSON_PARSE_LIMIT
        ),
        /* harmony export */
        oX: () => (
          /* binding */
          IN_MEMORY_DOCUMENT_LIMIT2
        ),
        /* harmony export */
        pg: () => (
          /* binding */
          MAX_NAME_BYTES
        )
        /* harmony export */
      });
      const JSON_PARSE_LIMIT = 4 * 1024 * 1024;
      const IN_MEMORY_DOCUMENT_LIMIT2 = 64 * 1024 * 1024;
      const MAX_MANIFEST_FILES = 1e3;
      const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
      const MAX_PATH_BYTES = 1024;
      const MAX_NAME_BYTES = 255;
      const MAX_JSON_DEPTH = 512;
      const MAX_VARS_FILE_BYTES = 1024 * 1024;
      const MAX_VARS_DEPTH = 64;
      const OUTPUT_JSON_BUDGET_BYTES = 512 * 1024;
      const SUMMARY_BUDGET_BYTES = (
        /* unused pure expression or super */
        null
      );
    })
  ),
  /***/
  3782: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        U: () => (
          /* binding */
          isLoopback
        )
        /* harmony export */
      });
      var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(77030);
      var node_net__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
      function isLoopback(hostname) {
        if (hostname === "localhost" || hostname === "[::1]" || hostname === "::1")
          return true;
        return (0, node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(hostname) && hostname.split(".")[0] === "127";
      }
    })
  ),
  /***/
  11360: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        FS: () => (
          /* binding */
          releaseGarbage2
        ),
        /* harmony export */
        IB: () => (
          /* binding */
          streamed
        ),
        /* harmony export */
        SN: () => (
          /* binding */
          countingStage
        ),
        /* harmony export */
        oD: () => (
          /* binding */
          readWhole
        )
        /* harmony export */
      });
      var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(57075);
      var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
      const RELEASE_EVERY = 8 * 1024 * 1024;
      let collect;
      let pending = 0;
      function collector() {
        if (collect === void 0) {
          try {
            process.getBuiltinModule("node:v8").setFlagsFromString("--expose-gc");
            collect = process.getBuiltinModule("node:vm").runInNewContext("gc") ?? null;
          } catch {
            collect = null;
          }
        }
        return collect;
      }
      const PROMOTED_SLACK = 48 * 1024 * 1024;
      let buffersAfterFull = 0;
      let buffersAfterAny = 0;
      function collectStreamed(slack = PROMOTED_SLACK) {
        const collect2 = collector();
        if (!collect2)
          return;
        const full = process.memoryUsage().arrayBuffers - buffersAfterFull >= slack;
        collect2({ type: full ? "major" : "minor", execution: "sync" });
        buffersAfterAny = process.memoryUsage().arrayBuffers;
        if (full)
          buffersAfterFull = buffersAfterAny;
      }
      let streamedSinceRelease = 0;
      function streamed(bytes) {
        pending += bytes;
        streamedSinceRelease += bytes;
        if (pending < RELEASE_EVERY)
          return;
        pending = 0;
        collectStreamed();
      }
      const RELEASE_AFTER = 512 * 1024;
      let wholeSinceRelease = 0;
      function readWhole(bytes) {
        wholeSinceRelease += bytes;
      }
      function releaseGarbage2() {
        if (wholeSinceRelease < RELEASE_AFTER && streamedSinceRelease < RELEASE_EVERY)
          return;
        wholeSinceRelease = 0;
        streamedSinceRelease = 0;
        pending = 0;
        collector()?.({ type: "major", execution: "sync", flavor: "last-resort" });
        buffersAfterFull = buffersAfterAny = process.memoryUsage().arrayBuffers;
      }
      const UPLOAD_STEP = (
        /* unused pure expression or super */
        null
      );
      const UPLOAD_PROMOTED_SLACK = (
        /* unused pure expression or super */
        null
      );
      async function releasingWhile2(work, everyMs = 20) {
        buffersAfterAny = process.memoryUsage().arrayBuffers;
        buffersAfterFull = Math.min(buffersAfterFull, buffersAfterAny);
        const timer = setInterval(() => {
          if (process.memoryUsage().arrayBuffers - buffersAfterAny >= UPLOAD_STEP)
            collectStreamed(UPLOAD_PROMOTED_SLACK);
        }, everyMs);
        timer.unref();
        try {
          return await work();
        } finally {
          clearInterval(timer);
        }
      }
      function countingStage(hash) {
        return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
          transform(chunk, _encoding, done) {
            streamed(chunk.length);
            hash?.update(chunk);
            done(null, chunk);
          }
        });
      }
    })
  ),
  /***/
  22483: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        E5: () => (
          /* binding */
          locateInPackage
        ),
        /* harmony export */
        Fk: () => (
          /* binding */
          sameNames
        ),
        /* harmony export */
        Jy: () => (
          /* binding */
          unsafeManifestPath
        ),
        /* harmony export */
        _y: () => (
          /* binding */
          fileFolderClashes
        ),
        /* harmony export */
        gj: () => (
          /* binding */
          unsafeName
        )
        /* harmony export */
      });
      var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(36419);
      const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
      function unsafeName(name) {
        if (name === "")
          return "empty name";
        const control = CONTROL.exec(name);
        if (control)
          return `the name contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`;
        if (name.includes("\\"))
          return "backslashes are not accepted in names; use /";
        if (name.startsWith("/") || /^[A-Za-z]:/.test(name))
          return "absolute paths are not accepted";
        if (name.split("/").includes(".."))
          return '".." would write outside the destination';
        if (/[\uD800-\uDFFF]/u.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")))
          return "the name is not valid Unicode";
        if (Buffer.byteLength(name) > _limits_js__WEBPACK_IMPORTED_MODULE_0__.PR)
          return `the name is ${Buffer.byteLength(name)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__.PR} are accepted`;
        const long = name.split("/").find((segment) => Buffer.byteLength(segment) > _limits_js__WEBPACK_IMPORTED_MODULE_0__.pg);
        if (long !== void 0)
          return `a part of the name is ${Buffer.byteLength(long)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__.pg} are accepted per file or folder name`;
        return void 0;
      }
      function unsafeManifestPath(name) {
        const unsafe = unsafeName(name);
        if (unsafe)
          return unsafe;
        if (name.split("/").some((segment) => segment === "" || segment === "."))
          return 'write the path plainly, as folder/file.json (no "./", "//" or trailing "/")';
        return void 0;
      }
      function nameKey(name) {
        return name.normalize("NFC").toLowerCase().split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
      }
      function sameNames(names) {
        const first = /* @__PURE__ */ new Map();
        const pairs = [];
        for (const name of names) {
          const key = nameKey(name);
          const earlier = first.get(key);
          if (earlier === void 0)
            first.set(key, name);
          else
            pairs.push([earlier, name]);
        }
        return pairs;
      }
      function fileFolderClashes(files) {
        const byKey = new Map(files.map((name) => [nameKey(name), name]));
        const clashes = [];
        for (const name of files) {
          const parts = nameKey(name).split("/");
          for (let i = 1; i < parts.length; i++) {
            const parent = byKey.get(parts.slice(0, i).join("/"));
            if (parent !== void 0)
              clashes.push([parent, name]);
          }
        }
        return clashes;
      }
      function locateInPackage(names, anchor) {
        const depth = (name) => name.split("/").length;
        const anchors = names.filter((name) => baseName(name) === anchor).sort((a, b) => depth(a) - depth(b));
        if (anchors.length === 0)
          return void 0;
        if (anchors.length > 1 && depth(anchors[0]) === depth(anchors[1]))
          return { ambiguous: [anchors[0], anchors[1]] };
        const folder = anchors[0].slice(0, anchors[0].length - anchor.length);
        return { folder, pick: (file) => names.find((name) => name === folder + file) };
      }
      function baseName(name) {
        return name.slice(name.lastIndexOf("/") + 1);
      }
    })
  ),
  /***/
  56107: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        FK: () => (
          /* binding */
          isInside
        ),
        /* harmony export */
        HN: () => (
          /* binding */
          confineInput
        ),
        /* harmony export */
        KT: () => (
          /* binding */
          confineExisting
        ),
        /* harmony export */
        Ut: () => (
          /* binding */
          realDirectory
        ),
        /* harmony export */
        cO: () => (
          /* binding */
          exportTarget
        ),
        /* harmony export */
        oS: () => (
          /* binding */
          workspaceRoot
        ),
        /* harmony export */
        od: () => (
          /* binding */
          confineInBundle
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(36419);
      var _phrasing_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(31677);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(19130);
      function workspaceRoot() {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
      }
      function isInside(child, parent) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
        return relative === "" || !relative.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
      }
      async function realRoot() {
        const root = workspaceRoot();
        try {
          return await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
        } catch {
          return root;
        }
      }
      const OUTSIDE_HINT = "Keep bundles, vars files and export directories inside the workspace (the repository checkout), and name them relative to it.";
      function outside(subject, what) {
        return (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", `${what} outside the workspace (${workspaceRoot()}); flowferry reads and writes only inside it`, OUTSIDE_HINT);
      }
      async function confineInput(text, input2) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspaceRoot(), text);
        await confineExisting(absolute, { shown: text, input: input2 });
        return absolute;
      }
      async function confineExisting(absolute, subject) {
        let real;
        try {
          real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute);
        } catch {
          return;
        }
        if (!isInside(real, await realRoot())) {
          throw outside(subject, real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absolute) ? "is" : "resolves (through a symbolic link) to a place");
        }
      }
      async function exportTarget(text, input2) {
        const root = workspaceRoot();
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, text);
        const subject = input2 === void 0 ? { shown: text } : { shown: text, input: input2 };
        if (!isInside(absolute, root))
          throw outside(subject, "is");
        if (absolute === root) {
          const example = input2 === void 0 ? "flowferry-export" : (0, _phrasing_js__WEBPACK_IMPORTED_MODULE_2__.Pe)(input2, "flowferry-export");
          throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", "is the workspace itself; export replaces the directory it writes", `Name a directory inside the workspace, e.g. ${example}.`);
        }
        const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        const long = parts.find((part) => Buffer.byteLength(part) > _limits_js__WEBPACK_IMPORTED_MODULE_4__.pg);
        if (long !== void 0 || Buffer.byteLength(parts.join("/")) > _limits_js__WEBPACK_IMPORTED_MODULE_4__.PR) {
          throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.name", `is too long to create: at most ${_limits_js__WEBPACK_IMPORTED_MODULE_4__.pg} bytes per folder name and ${_limits_js__WEBPACK_IMPORTED_MODULE_4__.PR} in all`, "Name a shorter directory.");
        }
        const realWorkspace = await realRoot();
        for (let i = 1; i <= parts.length; i++) {
          const prefix = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...parts.slice(0, i));
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(prefix).catch(() => void 0);
          if (!info)
            break;
          const last = i === parts.length;
          if (info.isSymbolicLink()) {
            if (last)
              throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.link", "is a symbolic link; export writes a directory of its own there", "Remove the link, or name another directory.");
            const real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(prefix).catch(() => void 0);
            if (real === void 0 || !isInside(real, realWorkspace))
              throw outside(subject, `goes through ${parts.slice(0, i).join("/")}, a symbolic link to a place`);
          } else if (!last && !info.isDirectory()) {
            throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.type", `cannot be created: ${parts.slice(0, i).join("/")} is a file, not a directory`, "Name a directory whose parents are directories.");
          }
        }
        return absolute;
      }
      async function confineInBundle(realDir, relative, subject) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realDir, ...relative.split("/"));
        let real;
        try {
          real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
        } catch {
          return file;
        }
        if (real !== file) {
          throw isInside(real, realDir) ? (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.link", `is reached through a symbolic link or under another spelling (it is ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realDir, real).split(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep).join("/")})`, "List each file under its own name, with no linked folder on the way.") : (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", "resolves (through a symbolic link) outside the bundle", "Put the files themselves in the bundle, not links to them.");
        }
        return file;
      }
      async function realDirectory(dir) {
        return (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir));
      }
    })
  ),
  /***/
  31677: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        MZ: () => (
          /* binding */
          phrase2
        ),
        /* harmony export */
        Pe: () => (
          /* binding */
          setting2
        ),
        /* harmony export */
        XX: () => (
          /* binding */
          render
        ),
        /* harmony export */
        Yl: () => (
          /* binding */
          renderAll
        ),
        /* harmony export */
        bc: () => (
          /* binding */
          subject
        ),
        /* harmony export */
        hF: () => (
          /* binding */
          input2
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(16082);
      const OPEN = "\uE000";
      const SEP = "\uE001";
      const CLOSE = "\uE002";
      let drawn;
      function marks() {
        if (drawn)
          return drawn;
        const nonce = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.po)(6).toString("hex");
        return drawn = { nonce, mention: new RegExp(`${OPEN}${nonce}${SEP}([^${OPEN}${CLOSE}]*)${CLOSE}`, "g") };
      }
      function mark(kind, ...args) {
        const clean = args.map((arg) => arg.replace(/[\uE000-\uE002]/g, ""));
        return `${OPEN}${marks().nonce}${SEP}${[kind, ...clean].join(SEP)}${CLOSE}`;
      }
      function input2(name) {
        return mark("input", name);
      }
      function subject(name) {
        return mark("subject", name);
      }
      function setting2(name, value) {
        return mark("setting", name, value);
      }
      function phrase2(key) {
        return mark("phrase", key);
      }
      function render(text, phrasing) {
        if (!text.includes(OPEN))
          return text;
        return text.replace(marks().mention, (whole, body) => {
          const [kind, a = "", b = ""] = body.split(SEP);
          if (kind === "input")
            return phrasing.input(a);
          if (kind === "subject")
            return phrasing.subject(a);
          if (kind === "setting")
            return phrasing.setting(a, b);
          if (kind === "phrase")
            return phrasing.phrase(a);
          return whole;
        });
      }
      function renderAll(value, phrasing) {
        if (typeof value === "string")
          return render(value, phrasing);
        if (Array.isArray(value))
          return value.map((item) => renderAll(item, phrasing));
        if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderAll(item, phrasing)]));
        }
        return value;
      }
    })
  ),
  /***/
  19130: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        $p: () => (
          /* binding */
          readPlainFileUpTo
        ),
        /* harmony export */
        C3: () => (
          /* binding */
          assertUploadable
        ),
        /* harmony export */
        TR: () => (
          /* binding */
          refuse
        ),
        /* harmony export */
        b$: () => (
          /* binding */
          readPlainFile
        ),
        /* harmony export */
        bh: () => (
          /* binding */
          rememberWritten
        ),
        /* harmony export */
        kY: () => (
          /* binding */
          remember
        ),
        /* harmony export */
        lN: () => (
          /* binding */
          checkPlainFile
        ),
        /* harmony export */
        p2: () => (
          /* binding */
          digestPlainFile
        ),
        /* harmony export */
        q2: () => (
          /* binding */
          plainFileContains
        ),
        /* harmony export */
        r7: () => (
          /* binding */
          plainFileStream
        ),
        /* harmony export */
        rr: () => (
          /* binding */
          openPlainFile
        ),
        /* harmony export */
        yp: () => (
          /* binding */
          copyPlainFile
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(16082);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
      var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_3___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(74296);
      var _fs_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__2(78616);
      var _memory_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__2(11360);
      const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
      const HINTS = {
        "path.link": "Put the file itself there, not a symbolic link to it (in git: commit the file, not a link).",
        "path.hardlink": "Give the file a name of its own: copy it and move the copy over it (cp f f.copy && mv f.copy f).",
        "path.type": "Point at a regular file.",
        "path.directory": "Point at a file; a folder is not a file.",
        "path.missing": "Check the spelling and that the file is committed.",
        "path.changed": "Run the step again; if it keeps happening, something on the runner changes the bundle while flowferry reads it."
      };
      function refuse(subject, rule, message, hint = HINTS[rule]) {
        if (subject.input !== void 0)
          return new _errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(subject.input, `'${subject.shown}' ${message}`).withHint(hint);
        return _errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ.at({ file: subject.shown }, rule, message, hint);
      }
      function kindProblem(info) {
        if (info.isSymbolicLink())
          return { rule: "path.link", message: "is a symbolic link; flowferry reads only the files themselves" };
        if (info.isDirectory())
          return { rule: "path.directory", message: "is a directory, where a file is expected" };
        if (info.isFIFO())
          return { rule: "path.type", message: "is a named pipe (FIFO), not a regular file" };
        if (info.isSocket())
          return { rule: "path.type", message: "is a socket, not a regular file" };
        if (info.isCharacterDevice() || info.isBlockDevice())
          return { rule: "path.type", message: "is a device, not a regular file" };
        if (!info.isFile())
          return { rule: "path.type", message: "is not a regular file" };
        if (info.nlink > 1)
          return { rule: "path.hardlink", message: `has ${info.nlink} hard links; a file with other names can be changed through them` };
        return void 0;
      }
      async function checkPlainFile(file, subject) {
        let info;
        try {
          info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file, { bigint: true });
        } catch (error) {
          throw openFailure(error, subject);
        }
        const problem = kindProblem(info);
        if (problem)
          throw refuse(subject, problem.rule, problem.message);
        return info;
      }
      const verified = /* @__PURE__ */ new Map();
      function remember(file, info) {
        verified.set(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file), { dev: info.dev, ino: info.ino, size: info.size });
      }
      function descriptorProblem(file, info, size, fresh = false) {
        const problem = kindProblem(info);
        if (problem)
          return problem;
        const known = fresh ? void 0 : verified.get(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file));
        if (known && (known.dev !== info.dev || known.ino !== info.ino || known.size !== info.size)) {
          return { rule: "path.changed", message: "was replaced or changed after its checksum was verified" };
        }
        if (size !== void 0 && BigInt(size) !== info.size)
          return { rule: "path.changed", message: `is ${info.size} bytes now, ${size} when it was checked` };
        return void 0;
      }
      async function openPlainFile(file, subject, options = {}) {
        let handle;
        try {
          handle = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, OPEN_FLAGS);
        } catch (error) {
          throw openFailure(error, subject);
        }
        try {
          const info = await handle.stat({ bigint: true });
          const problem = descriptorProblem(file, info, void 0, options.fresh);
          if (problem)
            throw refuse(subject, problem.rule, problem.message);
          return { handle, info };
        } catch (error) {
          await handle.close();
          throw error;
        }
      }
      async function readPlainFile(file, subject, maxBytes, tooLarge = { message: "is too large to read", hint: "Make the file smaller." }) {
        const bytes = await readPlainFileUpTo(file, subject, maxBytes);
        if (bytes === void 0)
          throw refuse(subject, "path.size", `${tooLarge.message}: more than ${maxBytes} bytes`, tooLarge.hint);
        return bytes;
      }
      async function readPlainFileUpTo(file, subject, maxBytes) {
        const { handle, info } = await openPlainFile(file, subject);
        try {
          if (info.size > BigInt(maxBytes))
            return void 0;
          (0, _memory_js__WEBPACK_IMPORTED_MODULE_6__.oD)(Number(info.size));
          const buffer = Buffer.alloc(Number(info.size));
          let done = 0;
          while (done < buffer.length) {
            const { bytesRead } = await handle.read(buffer, done, buffer.length - done, done);
            if (bytesRead === 0)
              break;
            done += bytesRead;
          }
          return buffer.subarray(0, done);
        } finally {
          await handle.close();
        }
      }
      async function plainFileContains(file, subject, needle, { chunk = 1024 * 1024, maxBytes = Infinity, skip } = {}) {
        const { handle, info } = await openPlainFile(file, subject);
        const carry = Math.max(0, needle.length - 1);
        try {
          if (info.size > maxBytes)
            return false;
          const buffer = Buffer.allocUnsafe(Math.min(chunk, Number(info.size) + 1) + carry);
          const room = buffer.length - carry;
          let kept = 0;
          for (let first = true; ; first = false) {
            const { bytesRead } = await handle.read(buffer, kept, room, null);
            if (bytesRead === 0)
              return false;
            const end = kept + bytesRead;
            if (first && skip?.(buffer.subarray(0, end)))
              return false;
            if (buffer.subarray(0, end).includes(needle))
              return true;
            kept = Math.min(carry, end);
            buffer.copy(buffer, 0, end - kept, end);
          }
        } finally {
          await handle.close();
        }
      }
      async function digestPlainFile(file, subject, aliases = []) {
        const { handle, info } = await openPlainFile(file, subject, { fresh: true });
        const digest = await (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.tD)(handle);
        for (const name of [file, ...aliases])
          remember(name, info);
        return digest;
      }
      async function copyPlainFile(source, target, subject) {
        const { handle } = await openPlainFile(source, subject);
        const temp = (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.ht)(target);
        const hash = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
        let bytes = 0;
        try {
          const output = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, "wx", 384);
          try {
            const buffer = Buffer.allocUnsafe(1024 * 1024);
            for (; ; ) {
              const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
              if (bytesRead === 0)
                break;
              const chunk = buffer.subarray(0, bytesRead);
              hash.update(chunk);
              await output.write(chunk);
              bytes += bytesRead;
            }
            remember(target, await output.stat({ bigint: true }));
          } finally {
            await output.close();
          }
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
        } catch (error) {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
          throw error;
        } finally {
          await handle.close();
        }
        return { bytes, sha256: hash.digest("hex") };
      }
      async function rememberWritten(file, digest, subject) {
        const info = await checkPlainFile(file, subject);
        if (info.size !== BigInt(digest.bytes))
          throw refuse(subject, "path.changed", `is ${info.size} bytes now, ${digest.bytes} when it was written`);
        remember(file, info);
        return digest;
      }
      async function assertUploadable(file, size) {
        const subject = { shown: (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(file) };
        const { handle, info } = await openPlainFile(file, subject);
        await handle.close();
        const problem = descriptorProblem(file, info, size);
        if (problem)
          throw refuse(subject, problem.rule, problem.message);
      }
      function plainFileStream(file, range, size) {
        const subject = { shown: (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(file) };
        const checkedOpen = (name, _flags, mode, callback) => {
          node_fs__WEBPACK_IMPORTED_MODULE_1___default().open(name, OPEN_FLAGS, mode, (error, fd) => {
            if (error)
              return callback(openFailure(error, subject));
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().fstat(fd, { bigint: true }, (statError, info) => {
              const problem = statError ? void 0 : descriptorProblem(file, info, size);
              if (!statError && !problem)
                return callback(null, fd);
              node_fs__WEBPACK_IMPORTED_MODULE_1___default().close(fd, () => callback(statError ?? refuse(subject, problem.rule, problem.message)));
            });
          });
        };
        return (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { ...range, fs: { open: checkedOpen, read: node_fs__WEBPACK_IMPORTED_MODULE_1___default().read, close: node_fs__WEBPACK_IMPORTED_MODULE_1___default().close } });
      }
      function openFailure(error, subject) {
        const code = error.code;
        if (code === "ELOOP" || code === "EMLINK")
          return refuse(subject, "path.link", "is a symbolic link; flowferry reads only the files themselves");
        if (code === "ENOENT" || code === "ENOTDIR")
          return refuse(subject, "path.missing", "does not exist");
        if (code === "EISDIR")
          return refuse(subject, "path.directory", "is a directory, where a file is expected");
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__.rm)
          return error;
        return refuse(subject, "path.unreadable", `cannot be read (${code ?? error.message})`, "Check the file and its permissions.");
      }
    })
  ),
  /***/
  12032: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        B: () => (
          /* binding */
          loadSchemas
        ),
        /* harmony export */
        z: () => (
          /* binding */
          z
        )
        /* harmony export */
      });
      let real;
      let loading;
      function loadSchemas() {
        return loading ??= Promise.all(
          /* import() */
          [__nccwpck_require__2.e(816), __nccwpck_require__2.e(105)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 44105)).then((module) => {
          real = module.builders;
        });
      }
      const BUILDERS = /* @__PURE__ */ new Set([
        // z.*: the ones schema-builders.ts passes on
        "string",
        "number",
        "boolean",
        "unknown",
        "literal",
        "enum",
        "object",
        "looseObject",
        "strictObject",
        "array",
        "union",
        "lazy",
        "record",
        // schema.*
        "optional",
        "nullable",
        "nullish",
        "transform",
        "refine",
        "superRefine",
        "regex",
        "min",
        "max",
        "int",
        "nonnegative",
        "positive",
        "length",
        "default",
        "catch",
        "pipe",
        "url",
        "trim",
        "extend",
        "passthrough",
        "partial",
        "required",
        "pick",
        "omit",
        "strict",
        "describe",
        "nonempty",
        "and",
        "or",
        "gt",
        "gte",
        "lt",
        "lte",
        "startsWith",
        "endsWith",
        "toLowerCase",
        "toUpperCase"
      ]);
      const NOTES = /* @__PURE__ */ Symbol("schema notes");
      function notesOf(value) {
        return typeof value === "function" || typeof value === "object" && value !== null ? value[NOTES] : void 0;
      }
      function realise(value) {
        const notes = notesOf(value);
        if (notes)
          return build(notes);
        if (Array.isArray(value))
          return value.map(realise);
        if (typeof value === "object" && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, realise(item)]));
        }
        return value;
      }
      function build(notes) {
        if (notes.built !== void 0)
          return notes.built;
        let current = real;
        for (const { key, args } of notes.steps) {
          const target = current;
          current = target[key](...args.map(realise));
        }
        notes.built = current;
        return current;
      }
      function written(steps) {
        const notes = { steps };
        return new Proxy(function schema() {
        }, {
          get(_target, key) {
            if (key === NOTES)
              return notes;
            if (real) {
              const built = build(notes);
              const value = built[key];
              return typeof value === "function" ? (...args) => value.apply(built, args.map(realise)) : value;
            }
            if (typeof key === "string" && BUILDERS.has(key))
              return (...args) => written([...steps, { key, args }]);
            if (key === "then" || typeof key === "symbol")
              return void 0;
            throw new Error(`internal error: the schema's ${key} was used before zod was loaded (core/schema.ts: call loadSchemas() first)`);
          }
        });
      }
      const z = written([]);
    })
  ),
  /***/
  58010: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        $O: () => (
          /* binding */
          MIN_VALUE_SECRET_LENGTH
        ),
        B5: () => (
          /* binding */
          longestSecretForm
        ),
        E$: () => (
          /* binding */
          redact
        ),
        cl: () => (
          /* binding */
          registerSecret
        ),
        fN: () => (
          /* binding */
          registerValueSecret
        )
      });
      ;
      const ENCODED = /\\u[0-9a-fA-F]{4}|\\[\\/"'nr]|&#[xX]?[0-9a-fA-F]+;|&(?:amp|lt|gt|quot|apos);|%[0-7][0-9a-fA-F]|[\r\n]/;
      const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      function decodedView(text) {
        if (!ENCODED.test(text))
          return void 0;
        let view = "";
        const from = [];
        const to = [];
        const push = (chars, start, end) => {
          for (const unit of chars.split("")) {
            view += unit;
            from.push(start);
            to.push(end);
          }
        };
        for (let i = 0; i < text.length; ) {
          const c = text[i];
          const match = c === "\\" || c === "&" || c === "%" ? /^(?:\\u([0-9a-fA-F]{4})|\\([\\/"'nr])|&#([xX])?([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos);|%([0-7][0-9a-fA-F]))/.exec(text.slice(i, i + 10)) : null;
          if (c === "\r" || c === "\n") {
            i++;
            while (text[i] === " " || text[i] === "	")
              i++;
          } else if (!match) {
            push(c, i, i + 1);
            i++;
          } else {
            const [whole, unicode, escaped, hexMark, number, entity, percent] = match;
            let char;
            if (unicode)
              char = String.fromCharCode(parseInt(unicode, 16));
            else if (escaped)
              char = escaped === "n" || escaped === "r" ? "" : escaped;
            else if (number) {
              const code = hexMark ? parseInt(number, 16) : /^[0-9]+$/.test(number) ? parseInt(number, 10) : NaN;
              char = Number.isNaN(code) || code > 1114111 ? void 0 : String.fromCodePoint(code);
            } else if (entity)
              char = ENTITIES[entity];
            else
              char = String.fromCharCode(parseInt(percent, 16));
            if (char === void 0) {
              push(c, i, i + 1);
              i++;
            } else {
              push(char, i, i + whole.length);
              i += whole.length;
              if (char === "")
                while (text[i] === " " || text[i] === "	")
                  i++;
            }
          }
        }
        return { text: view, from, to };
      }
      ;
      const known = /* @__PURE__ */ new Set();
      const announced = /* @__PURE__ */ new Set();
      const byKey = /* @__PURE__ */ new Map();
      const firstChars = /* @__PURE__ */ new Set();
      let sink = () => {
      };
      let longest = 0;
      const MIN_LENGTH = 4;
      const KEY = MIN_LENGTH;
      const MIN_VALUE_SECRET_LENGTH = 8;
      function registerValueSecret(value) {
        if (value.trim().length < MIN_VALUE_SECRET_LENGTH)
          return false;
        registerSecret(value);
        return true;
      }
      function setSecretSink(next) {
        sink = next;
        for (const value of announced)
          sink(value);
      }
      function registerSecret(value) {
        if (value === void 0)
          return;
        const trimmed = value.trim();
        if (trimmed.length < MIN_LENGTH || known.has(trimmed))
          return;
        known.add(trimmed);
        for (const part of partsOf(trimmed))
          registerSecret(part);
        const { direct, derived } = spellingsOf(trimmed);
        for (const form of direct) {
          if (form.length < MIN_LENGTH || announced.has(form))
            continue;
          announced.add(form);
          sink(form);
        }
        for (const form of /* @__PURE__ */ new Set([...direct, ...derived])) {
          if (form.length < MIN_LENGTH)
            continue;
          const key = form.slice(0, KEY);
          const list = byKey.get(key) ?? [];
          if (list.includes(form))
            continue;
          list.push(form);
          byKey.set(key, list);
          firstChars.add(form[0]);
          longest = Math.max(longest, form.length);
        }
      }
      function partsOf(value) {
        const scheme = /^(basic|bearer|token|digest|negotiate)\s+(\S+)$/i.exec(value);
        if (!scheme)
          return [];
        const token = scheme[2];
        if (scheme[1].toLowerCase() !== "basic" || !/^[A-Za-z0-9+/]+={0,2}$/.test(token))
          return [token];
        const decoded = Buffer.from(token, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        if (colon < 0 || Buffer.from(decoded, "utf8").toString("base64").replace(/=+$/, "") !== token.replace(/=+$/, ""))
          return [token];
        return [token, decoded, decoded.slice(colon + 1)];
      }
      function spellings(value) {
        const { direct, derived } = spellingsOf(value);
        return [.../* @__PURE__ */ new Set([...direct, ...derived])];
      }
      function directSpellings(value) {
        const forms = /* @__PURE__ */ new Set([value]);
        const uri = safely(() => encodeURIComponent(value));
        if (uri !== void 0) {
          const strict = uri.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
          const form = new URLSearchParams([["k", value]]).toString().slice(2);
          for (const encoded of [uri, strict, form]) {
            forms.add(encoded);
            forms.add(encoded.replace(/%[0-9A-F]{2}/g, (hex2) => hex2.toLowerCase()));
          }
        }
        const json = JSON.stringify(value).slice(1, -1);
        forms.add(json);
        forms.add(json.replace(/\//g, "\\/"));
        const ascii = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
        forms.add(ascii);
        forms.add(ascii.replace(/\\u([0-9a-f]{4})/g, (_, hex2) => `\\u${hex2.toUpperCase()}`));
        forms.add(value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;"));
        forms.add(value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
        for (const digits of base64Spellings(value))
          forms.add(digits);
        const hex = Buffer.from(value, "utf8").toString("hex");
        forms.add(hex);
        forms.add(hex.toUpperCase());
        return [...forms];
      }
      function base64Spellings(value) {
        const forms = [];
        const bytes = Buffer.from(value, "utf8");
        for (let offset = 0; offset <= 2; offset++) {
          const rest = bytes.subarray(offset);
          if (rest.length === 0)
            continue;
          const digits = rest.toString("base64").replace(/=+$/, "");
          const variants = rest.length % 3 === 0 ? [digits] : [digits, digits.slice(0, -1)];
          for (const variant of variants)
            forms.push(variant, variant.replace(/\+/g, "-").replace(/\//g, "_"));
        }
        return forms;
      }
      function spellingsOf(value) {
        const direct = directSpellings(value);
        const derived = /* @__PURE__ */ new Set();
        for (const form of direct) {
          if (form === value)
            continue;
          const again = safely(() => encodeURIComponent(form));
          if (again !== void 0)
            derived.add(again);
          derived.add(new URLSearchParams([["k", form]]).toString().slice(2));
          for (const digits of base64Spellings(form))
            derived.add(digits);
        }
        return { direct, derived: [...derived] };
      }
      function headLength(length) {
        if (length <= 8)
          return length;
        return Math.min(12, Math.max(8, Math.ceil(length / 2)));
      }
      function redact(text) {
        if (byKey.size === 0 || text.length < MIN_LENGTH)
          return text;
        const spans = found(text);
        const view = decodedView(text);
        if (view)
          for (const [start, end] of found(view.text))
            spans.push([view.from[start], view.to[end - 1]]);
        if (spans.length === 0)
          return text;
        spans.sort((a, b) => a[0] - b[0]);
        let out = "";
        let from = 0;
        for (const [start, end] of spans) {
          if (end <= from)
            continue;
          if (start >= from)
            out += `${text.slice(from, start)}***`;
          from = end;
        }
        return out + text.slice(from);
      }
      function found(text) {
        const spans = [];
        for (let at = 0; at <= text.length - KEY; at++) {
          if (!firstChars.has(text[at]))
            continue;
          const forms = byKey.get(text.slice(at, at + KEY));
          if (!forms)
            continue;
          let length = 0;
          for (const form of forms) {
            const common = commonPrefix(text, at, form);
            if (common >= headLength(form.length))
              length = Math.max(length, common);
          }
          if (length === 0)
            continue;
          spans.push([at, at + length]);
          at += length - 1;
        }
        return spans;
      }
      function commonPrefix(text, at, form) {
        let n = 0;
        while (n < form.length && text.charCodeAt(at + n) === form.charCodeAt(n))
          n++;
        return n;
      }
      function longestSecretForm() {
        return longest;
      }
      function isSecret(value) {
        return known.has(value.trim());
      }
      function forgetSecretsForTests() {
        known.clear();
        announced.clear();
        byKey.clear();
        firstChars.clear();
        longest = 0;
        sink = () => {
        };
      }
      function safely(fn) {
        try {
          return fn();
        } catch {
          return void 0;
        }
      }
    })
  ),
  /***/
  96885: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Q2: () => (
          /* binding */
          timerMs
        ),
        /* harmony export */
        _: () => (
          /* binding */
          timeoutSignal
        ),
        /* harmony export */
        _o: () => (
          /* binding */
          MAX_TIMER_MS
        ),
        /* harmony export */
        yy: () => (
          /* binding */
          sleep
        )
        /* harmony export */
      });
      var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(58500);
      var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
      const MAX_TIMER_MS = 2 ** 31 - 1;
      function timerMs(ms) {
        if (!Number.isFinite(ms))
          return ms > 0 ? MAX_TIMER_MS : 1;
        return Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(ms)));
      }
      async function sleep(ms, signal) {
        let left = Number.isFinite(ms) ? ms : MAX_TIMER_MS;
        while (left > 0) {
          const step = Math.min(left, MAX_TIMER_MS);
          await (0, node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(step, void 0, { signal });
          left -= step;
        }
      }
      function timeoutSignal(ms) {
        if (ms <= MAX_TIMER_MS)
          return AbortSignal.timeout(timerMs(ms));
        const controller = new AbortController();
        const at = Date.now() + ms;
        const arm = () => {
          const left = at - Date.now();
          if (left <= 0)
            return controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
          setTimeout(arm, timerMs(left)).unref();
        };
        arm();
        return controller.signal;
      }
    })
  ),
  /***/
  61037: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Ig: () => (
          /* binding */
          forLog2
        ),
        /* harmony export */
        SP: () => (
          /* binding */
          shown
        ),
        /* harmony export */
        TN: () => (
          /* binding */
          oneLine2
        ),
        /* harmony export */
        UK: () => (
          /* binding */
          setHomeOrigin
        ),
        /* harmony export */
        Ui: () => (
          /* binding */
          untrustedText
        ),
        /* harmony export */
        cW: () => (
          /* binding */
          untrustedValue
        ),
        /* harmony export */
        ci: () => (
          /* binding */
          jsonForStream
        ),
        /* harmony export */
        j$: () => (
          /* binding */
          withoutQuery
        ),
        /* harmony export */
        s$: () => (
          /* binding */
          jsonText
        )
        /* harmony export */
      });
      var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(58010);
      let homeOrigin;
      function setHomeOrigin(url) {
        homeOrigin = url?.origin;
      }
      const LEADING_SKIPPED = /^[\s\u0085\p{Cc}\p{Cf}]*/u;
      function forLog2(text) {
        return neutraliseCommands(shown(text));
      }
      const INVISIBLE_IN_LOG = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
      function neutraliseCommands(text) {
        return text.replace(/\r(?!\n)/g, "%0D").replace(INVISIBLE_IN_LOG, (c) => escapeCodePoint(c.charCodeAt(0))).split(/(\r?\n)/).map((part) => {
          const lead = LEADING_SKIPPED.exec(part)[0].length;
          return part.startsWith("::", lead) ? `${part.slice(0, lead)}%3A${part.slice(lead + 1)}` : part;
        }).join("").replaceAll("##[", "##%5B");
      }
      function jsonForStream(text) {
        return shown(text).replaceAll("##[", "##\\u005b");
      }
      const INVISIBLE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
      function jsonText(value) {
        return JSON.stringify(value).replace(INVISIBLE_IN_JSON, (c) => escapeCodePoint(c.charCodeAt(0)));
      }
      function shown(text) {
        return withoutForeignQueries((0, _secrets_js__WEBPACK_IMPORTED_MODULE_0__.E$)(text));
      }
      const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200c\u200d])\p{Cf}|[\ud800-\udfff]/gu;
      const NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
      function oneLine2(text) {
        return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? escapeCodePoint(c.codePointAt(0)));
      }
      function escapeCodePoint(code) {
        return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
      }
      function untrustedText(text, max = 500) {
        const window = text.length > max + (0, _secrets_js__WEBPACK_IMPORTED_MODULE_0__.B5)() + 64 ? text.slice(0, max + (0, _secrets_js__WEBPACK_IMPORTED_MODULE_0__.B5)() + 64) : text;
        return cut(oneLine2(shown(window)), max, window.length < text.length);
      }
      function untrustedValue(value, max = 200) {
        let text;
        try {
          text = JSON.stringify(value) ?? String(value);
        } catch {
          text = Array.isArray(value) ? "[\u2026]" : typeof value === "object" && value !== null ? "{\u2026}" : String(value);
        }
        return untrustedText(text, max);
      }
      function cut(text, max, shortened) {
        if (text.length <= max && !shortened)
          return text;
        let end = Math.min(max, text.length);
        const escape = text.lastIndexOf("\\", end - 1);
        if (escape >= 0 && escape >= end - 10) {
          const whole = /^\\(?:[nrt]|u\{[0-9a-f]+\}|u[0-9a-f]{4})/.exec(text.slice(escape));
          if (whole && escape + whole[0].length > end)
            end = escape;
        }
        if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]))
          end--;
        return `${text.slice(0, end)}\u2026`;
      }
      const PLAIN_ANCHOR = /^#[A-Za-z][\w-]{0,99}$/;
      const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`\\|)\]}]+/gi;
      function withoutForeignQueries(text) {
        if (!text.includes("://"))
          return text;
        return text.replace(URL_IN_TEXT, (found) => {
          let url;
          try {
            url = new URL(found);
          } catch {
            return found;
          }
          if (url.origin === homeOrigin && !url.username && !url.password)
            return found;
          if (!url.search && !url.hash && !url.username && !url.password)
            return found;
          if (!url.search && PLAIN_ANCHOR.test(url.hash) && !url.username && !url.password)
            return found;
          return `${url.origin}${url.pathname}${url.search || url.hash ? "?\u2026" : ""}`;
        });
      }
      function withoutQuery(text) {
        try {
          const url = new URL(text);
          return oneLine2(`${url.origin}${url.pathname}`);
        } catch {
          return oneLine2(text.split(/[?#]/)[0]);
        }
      }
    })
  ),
  /***/
  74098: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        HP: () => (
          /* binding */
          credentialInputs
        ),
        /* harmony export */
        pd: () => (
          /* binding */
          Input
        ),
        /* harmony export */
        zU: () => (
          /* binding */
          operations
        )
        /* harmony export */
      });
      const Input = {
        Platform: "platform",
        Operation: "operation",
        BaseUrl: "base-url",
        ApiKey: "api-key",
        Token: "token",
        ClientId: "client-id",
        ClientSecret: "client-secret",
        AccessKeyId: "access-key-id",
        SecretAccessKey: "secret-access-key",
        ProjectId: "project-id",
        WorkspaceId: "workspace-id",
        WorkflowId: "workflow-id",
        WorkflowName: "workflow-name",
        FlowId: "flow-id",
        Version: "version",
        Activate: "activate",
        TargetFolder: "target-folder",
        CreateFolders: "create-folders",
        Path: "path",
        Wait: "wait",
        Timeout: "timeout",
        PollInterval: "poll-interval",
        JobId: "job-id",
        UploadArtifact: "upload-artifact",
        ArtifactName: "artifact-name",
        RetentionDays: "retention-days",
        DryRun: "dry-run",
        AllowHttp: "allow-http",
        FailOnDrift: "fail-on-drift",
        VarsFile: "vars-file",
        RedactSecrets: "redact-secrets",
        Backup: "backup",
        Concurrency: "concurrency",
        SecurityToken: "security-token",
        IdentityProvider: "identity-provider",
        IamEndpoint: "iam-endpoint",
        OidcAudience: "oidc-audience",
        Team: "team",
        Force: "force",
        PrComment: "pr-comment",
        GithubToken: "github-token"
      };
      const operations = ["import", "export", "validate", "diff", "wait"];
      const credentialInputs = [
        Input.ApiKey,
        Input.Token,
        Input.ClientId,
        Input.ClientSecret,
        Input.AccessKeyId,
        Input.SecretAccessKey,
        Input.SecurityToken
      ];
    })
  ),
  /***/
  30241: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        N: () => (
          /* binding */
          guarded
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74296);
      const MAY_HAVE_BEEN_SENT = "If this was an import, check the target environment before trying again: a request may have reached the platform.";
      async function guarded(work, fail) {
        let pending = true;
        let failed = false;
        const failOnce = (message) => {
          if (failed)
            return;
          failed = true;
          process.exitCode = 1;
          try {
            fail(message);
          } catch {
          }
        };
        const crash = (kind) => (reason) => {
          failOnce(`${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.Uc)(reason)} (${kind}; this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`);
          process.stdout.write("", () => process.exit(1));
        };
        const onRejection = crash("an unhandled promise rejection");
        const onException = crash("an uncaught exception");
        const onEmptyLoop = () => {
          if (!pending)
            return;
          failOnce(`flowferry stopped before finishing: the run was left waiting on something that can no longer happen (this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`);
        };
        process.on("unhandledRejection", onRejection);
        process.on("uncaughtException", onException);
        process.on("beforeExit", onEmptyLoop);
        try {
          await work();
        } catch (error) {
          failOnce(`${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.Uc)(error)} (while reporting the outcome). ${MAY_HAVE_BEEN_SENT}`);
        } finally {
          pending = false;
          process.off("beforeExit", onEmptyLoop);
        }
      }
    })
  ),
  /***/
  82758: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        f: () => (
          /* binding */
          isGlob
        )
        /* harmony export */
      });
      function isGlob(pattern) {
        return /[*?[\]{}]/.test(pattern);
      }
    })
  ),
  /***/
  94649: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        C5: () => (
          /* binding */
          recordFailure
        ),
        /* harmony export */
        G9: () => (
          /* binding */
          settle
        ),
        /* harmony export */
        N6: () => (
          /* binding */
          isFailure
        ),
        /* harmony export */
        Xr: () => (
          /* binding */
          removeDirs
        ),
        /* harmony export */
        YT: () => (
          /* binding */
          newResult
        ),
        /* harmony export */
        gX: () => (
          /* binding */
          overallStatus
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(74296);
      var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(61037);
      function newResult(platform, operation, fields = {}) {
        return { platform, operation, status: "succeeded", ...fields };
      }
      const MESSAGE_LIMIT = 4e3;
      function recordFailure(result, error) {
        result.status = (0, _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.c2)(error);
        result.message = (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ui)((0, _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.Uc)(error).split("\n")[0], MESSAGE_LIMIT);
        const hint = error instanceof Error && "hint" in error ? error.hint ?? void 0 : void 0;
        result.hint = hint?.split("\n").map((line) => (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ui)(line, MESSAGE_LIMIT)).join("\n");
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.On || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dk) {
          result.jobId ??= error.jobId;
          result.platformStatus ??= error.platformStatus;
        }
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.rJ && error.findings.length > 0) {
          result.findings = [...result.findings ?? [], ...error.findings];
        }
        return result;
      }
      const SEVERITY = ["succeeded", "skipped", "in-progress", "timed-out", "failed"];
      function overallStatus(results) {
        let worst = results.length > 0 && results.every((r) => r.status === "skipped") ? "skipped" : "succeeded";
        for (const result of results) {
          if (result.status !== "skipped" && SEVERITY.indexOf(result.status) > SEVERITY.indexOf(worst))
            worst = result.status;
        }
        return worst;
      }
      function isFailure(status) {
        return status === "failed" || status === "timed-out";
      }
      async function settle(result, clock, work) {
        const started = clock.now();
        const cleanup = [];
        try {
          await work(cleanup);
        } catch (error) {
          recordFailure(result, error);
        } finally {
          await removeDirs(cleanup);
          result.durationMs = clock.now() - started;
        }
        return result;
      }
      async function removeDirs(dirs) {
        await Promise.all(dirs.map((dir) => (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true })));
      }
    })
  ),
  /***/
  40947: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Q: () => (
          /* binding */
          koreai
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const KOREAI_RATE_LIMITS = "https://community.kore.ai/t/article-understanding-rate-limits-for-kore-ai-public-apis/3638";
      const koreai = {
        name: "koreai",
        title: "Kore.ai AI for Process",
        inputs: {
          auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ApiKey]],
          operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowId]]
          },
          exampleBaseUrl: "https://ai-for-process.kore.ai",
          examples: { [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.FlowId]: "cf-5678" }
        },
        readSettings: (read) => ({ apiKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ApiKey), flowId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.FlowId) }),
        jobs: true,
        // The one published figure for dock-status calls is 60 per minute and 1,800 per hour per request
        // id, in Kore.ai's community article on the rate limits of its public APIs (KOREAI_RATE_LIMITS).
        // It is written for the XO platform; AI for Process documents none, so flowferry keeps to this one
        // rather than to none.
        pollLimits: [
          { requests: 60, perMs: 6e4, source: KOREAI_RATE_LIMITS },
          { requests: 1800, perMs: 36e5, source: KOREAI_RATE_LIMITS }
        ]
      };
    })
  ),
  /***/
  97057: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        m: () => (
          /* binding */
          leapwork
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const leapwork = {
        name: "leapwork",
        title: "Leapwork Controller",
        inputs: {
          auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ApiKey]],
          operations: {
            import: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.TargetFolder]],
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowId]]
          },
          // HTTPS on 9002, the official plugin's default when HTTPS is on; plain http needs allow-http.
          exampleBaseUrl: "https://leapwork-controller:9002",
          examples: { [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.TargetFolder]: "Team A/Regression" }
        },
        readSettings: (read) => ({
          apiKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ApiKey),
          targetFolder: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.TargetFolder),
          createFolders: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.CreateFolders, false),
          team: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Team),
          force: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Force, false)
        }),
        // The Controller imports and exports within the request: there is no job to wait for.
        jobs: false,
        // An import replaces the item of the same title in its folder: the backup goes back the same way.
        rollback: () => "import that bundle into the same target-folder (and team); the Controller replaces the item of the same title, or, with a team, force mode does when someone has it open"
      };
    })
  ),
  /***/
  11599: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        o: () => (
          /* binding */
          secmaster
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const secmaster = {
        name: "secmaster",
        title: "Huawei Cloud SecMaster",
        inputs: {
          auth: [
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Token, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId],
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.AccessKeyId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.SecretAccessKey, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId],
            // Keyless: the runner's GitHub ID token, exchanged at IAM (keyless.ts).
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.IdentityProvider, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId]
          ],
          operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowId], [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowName]]
          },
          exampleBaseUrl: "https://secmaster.ap-southeast-1.myhuaweicloud.com",
          examples: {
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId]: "0605767a0300d5762fb0c0186d9e1c3b",
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId]: "9f5bb8a5-1c7b-4d3c-8a5e-5a2d4e7f0c11"
          }
        },
        readSettings: (read) => ({
          token: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Token),
          accessKeyId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.AccessKeyId),
          secretAccessKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.SecretAccessKey),
          securityToken: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.SecurityToken),
          identityProvider: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.IdentityProvider),
          oidcAudience: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.OidcAudience),
          iamEndpoint: read.identityEndpoint(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.IamEndpoint),
          projectId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId),
          workspaceId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId)
        }),
        jobs: false
      };
    })
  ),
  /***/
  50303: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        XC: () => (
          /* binding */
          WORKFLOW_FILE
        ),
        /* harmony export */
        k3: () => (
          /* binding */
          zuora
        ),
        /* harmony export */
        uH: () => (
          /* binding */
          ZUORA_REQUEST_ID
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const WORKFLOW_FILE = "workflow.json";
      const ZUORA_REQUEST_ID = "zuora-request-id";
      const zuora = {
        name: "zuora",
        title: "Zuora Workflow",
        inputs: {
          auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ClientId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ClientSecret], [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Token]],
          operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowId]]
          },
          exampleBaseUrl: "https://rest.apisandbox.zuora.com"
        },
        readSettings: (read) => ({
          clientId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ClientId),
          clientSecret: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ClientSecret),
          token: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Token),
          version: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Version),
          activate: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Activate, false)
        }),
        // A backup is of the active version, not of the version this import names.
        liveExport: (own) => ({ ...own, version: void 0 }),
        // Zuora's replies carry their request id in Zuora-Request-Id (the response headers of every
        // workflow operation, e.g. https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/).
        requestIdHeader: ZUORA_REQUEST_ID,
        jobs: false
      };
    })
  ),
  /***/
  71013: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        x: () => (
          /* binding */
          VERSION
        )
      });
      ;
      const package_namespaceObject = { "rE": "0.1.0" };
      ;
      const VERSION = package_namespaceObject.rE;
      const MAJOR_TAG = (
        /* unused pure expression or super */
        null
      );
    })
  ),
  /***/
  42613: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
    })
  ),
  /***/
  20181: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    })
  ),
  /***/
  35317: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
    })
  ),
  /***/
  49140: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");
    })
  ),
  /***/
  76982: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
    })
  ),
  /***/
  24434: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
    })
  ),
  /***/
  79896: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
    })
  ),
  /***/
  91943: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");
    })
  ),
  /***/
  58611: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
    })
  ),
  /***/
  65692: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
    })
  ),
  /***/
  69278: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
    })
  ),
  /***/
  34589: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
    })
  ),
  /***/
  16698: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
    })
  ),
  /***/
  4573: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
    })
  ),
  /***/
  31421: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
    })
  ),
  /***/
  37540: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");
    })
  ),
  /***/
  77598: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    })
  ),
  /***/
  53053: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
    })
  ),
  /***/
  40610: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
    })
  ),
  /***/
  78474: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
    })
  ),
  /***/
  73024: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    })
  ),
  /***/
  51455: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
    })
  ),
  /***/
  37067: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
    })
  ),
  /***/
  32467: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
    })
  ),
  /***/
  44708: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
    })
  ),
  /***/
  98995: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
    })
  ),
  /***/
  77030: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
    })
  ),
  /***/
  48161: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    })
  ),
  /***/
  76760: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    })
  ),
  /***/
  643: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
    })
  ),
  /***/
  1708: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
    })
  ),
  /***/
  41792: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");
    })
  ),
  /***/
  57075: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
    })
  ),
  /***/
  46466: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
    })
  ),
  /***/
  46193: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
    })
  ),
  /***/
  58500: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
    })
  ),
  /***/
  41692: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
    })
  ),
  /***/
  73136: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
    })
  ),
  /***/
  57975: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
    })
  ),
  /***/
  73429: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");
    })
  ),
  /***/
  75919: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
    })
  ),
  /***/
  38522: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
    })
  ),
  /***/
  70857: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
    })
  ),
  /***/
  16928: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
    })
  ),
  /***/
  932: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
    })
  ),
  /***/
  2203: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
    })
  ),
  /***/
  13193: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
    })
  ),
  /***/
  53557: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
    })
  ),
  /***/
  64756: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
    })
  ),
  /***/
  52018: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");
    })
  ),
  /***/
  87016: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
    })
  ),
  /***/
  39023: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
    })
  ),
  /***/
  43106: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");
    })
  ),
  /***/
  57349: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var Scalar = __nccwpck_require__2(63301);
      var YAMLMap = __nccwpck_require__2(84454);
      var YAMLSeq = __nccwpck_require__2(92223);
      var resolveBlockMap = __nccwpck_require__2(87103);
      var resolveBlockSeq = __nccwpck_require__2(90334);
      var resolveFlowCollection = __nccwpck_require__2(13142);
      function resolveCollection(CN, ctx, token, onError, tagName, tag) {
        const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
        const Coll = coll.constructor;
        if (tagName === "!" || tagName === Coll.tagName) {
          coll.tag = Coll.tagName;
          return coll;
        }
        if (tagName)
          coll.tag = tagName;
        return coll;
      }
      function composeCollection(CN, ctx, token, props, onError) {
        const tagToken = props.tag;
        const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
        if (token.type === "block-seq") {
          const { anchor, newlineAfterProp: nl } = props;
          const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
          if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = "Missing newline after block sequence props";
            onError(lastProp, "MISSING_CHAR", message);
          }
        }
        const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
        if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
        let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
        if (!tag) {
          const kt = ctx.schema.knownTags[tagName];
          if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
          } else {
            if (kt) {
              onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
            } else {
              onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
          }
        }
        const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
        const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
        const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
        node.range = coll.range;
        node.tag = tagName;
        if (tag?.format)
          node.format = tag.format;
        return node;
      }
      exports.composeCollection = composeCollection;
    })
  ),
  /***/
  23683: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Document = __nccwpck_require__2(3021);
      var composeNode = __nccwpck_require__2(45937);
      var resolveEnd = __nccwpck_require__2(17788);
      var resolveProps = __nccwpck_require__2(34631);
      function composeDoc(options, directives, { offset, start, value, end }, onError) {
        const opts = Object.assign({ _directives: directives }, options);
        const doc = new Document.Document(void 0, opts);
        const ctx = {
          atKey: false,
          atRoot: true,
          directives: doc.directives,
          options: doc.options,
          schema: doc.schema
        };
        const props = resolveProps.resolveProps(start, {
          indicator: "doc-start",
          next: value ?? end?.[0],
          offset,
          onError,
          parentIndent: 0,
          startOnNewline: true
        });
        if (props.found) {
          doc.directives.docStart = true;
          if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
            onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
        }
        doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
        const contentEnd = doc.contents.range[2];
        const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
        if (re.comment)
          doc.comment = re.comment;
        doc.range = [offset, contentEnd, re.offset];
        return doc;
      }
      exports.composeDoc = composeDoc;
    })
  ),
  /***/
  45937: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(41127);
      var composeCollection = __nccwpck_require__2(57349);
      var composeScalar = __nccwpck_require__2(5413);
      var resolveEnd = __nccwpck_require__2(17788);
      var utilEmptyScalarPosition = __nccwpck_require__2(22599);
      const CN = { composeNode, composeEmptyNode };
      function composeNode(ctx, token, props, onError) {
        const atKey = ctx.atKey;
        const { spaceBefore, comment, anchor, tag } = props;
        let node;
        let isSrcToken = true;
        switch (token.type) {
          case "alias":
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
              onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
            break;
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
          case "block-scalar":
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
            break;
          case "block-map":
          case "block-seq":
          case "flow-collection":
            try {
              node = composeCollection.composeCollection(CN, ctx, token, props, onError);
              if (anchor)
                node.anchor = anchor.source.substring(1);
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              onError(token, "RESOURCE_EXHAUSTION", message);
            }
            break;
          default: {
            const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
            onError(token, "UNEXPECTED_TOKEN", message);
            isSrcToken = false;
          }
        }
        node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
        if (anchor && node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
        if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
          const msg = "With stringKeys, all keys must be strings";
          onError(tag ?? token, "NON_STRING_KEY", msg);
        }
        if (spaceBefore)
          node.spaceBefore = true;
        if (comment) {
          if (token.type === "scalar" && token.source === "")
            node.comment = comment;
          else
            node.commentBefore = comment;
        }
        if (ctx.options.keepSourceTokens && isSrcToken)
          node.srcToken = token;
        return node;
      }
      function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
        const token = {
          type: "scalar",
          offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
          indent: -1,
          source: ""
        };
        const node = composeScalar.composeScalar(ctx, token, tag, onError);
        if (anchor) {
          node.anchor = anchor.source.substring(1);
          if (node.anchor === "")
            onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
        }
        if (spaceBefore)
          node.spaceBefore = true;
        if (comment) {
          node.comment = comment;
          node.range[2] = end;
        }
        return node;
      }
      function composeAlias({ options }, { offset, source, end }, onError) {
        const alias = new Alias.Alias(source.substring(1));
        if (alias.source === "")
          onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
        if (alias.source.endsWith(":"))
          onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
        const valueEnd = offset + source.length;
        const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
        alias.range = [offset, valueEnd, re.offset];
        if (re.comment)
          alias.comment = re.comment;
        return alias;
      }
      exports.composeEmptyNode = composeEmptyNode;
      exports.composeNode = composeNode;
    })
  ),
  /***/
  5413: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var Scalar = __nccwpck_require__2(63301);
      var resolveBlockScalar = __nccwpck_require__2(48913);
      var resolveFlowScalar = __nccwpck_require__2(76842);
      function composeScalar(ctx, token, tagToken, onError) {
        const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
        const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
        let tag;
        if (ctx.options.stringKeys && ctx.atKey) {
          tag = ctx.schema[identity.SCALAR];
        } else if (tagName)
          tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
        else if (token.type === "scalar")
          tag = findScalarTagByTest(ctx, value, token, onError);
        else
          tag = ctx.schema[identity.SCALAR];
        let scalar;
        try {
          const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
          scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
        } catch (error) {
          const msg = error instanceof Error ? error.message : String(error);
          onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
          scalar = new Scalar.Scalar(value);
        }
        scalar.range = range;
        scalar.source = value;
        if (type)
          scalar.type = type;
        if (tagName)
          scalar.tag = tagName;
        if (tag.format)
          scalar.format = tag.format;
        if (comment)
          scalar.comment = comment;
        return scalar;
      }
      function findScalarTagByName(schema, value, tagName, tagToken, onError) {
        if (tagName === "!")
          return schema[identity.SCALAR];
        const matchWithTest = [];
        for (const tag of schema.tags) {
          if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
              matchWithTest.push(tag);
            else
              return tag;
          }
        }
        for (const tag of matchWithTest)
          if (tag.test?.test(value))
            return tag;
        const kt = schema.knownTags[tagName];
        if (kt && !kt.collection) {
          schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
          return kt;
        }
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
        return schema[identity.SCALAR];
      }
      function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
        const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
        if (schema.compat) {
          const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
          if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, "TAG_RESOLVE_FAILED", msg, true);
          }
        }
        return tag;
      }
      exports.composeScalar = composeScalar;
    })
  ),
  /***/
  89984: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      var directives = __nccwpck_require__2(61342);
      var Document = __nccwpck_require__2(3021);
      var errors = __nccwpck_require__2(91464);
      var identity = __nccwpck_require__2(41127);
      var composeDoc = __nccwpck_require__2(23683);
      var resolveEnd = __nccwpck_require__2(17788);
      function getErrorPos(src) {
        if (typeof src === "number")
          return [src, src + 1];
        if (Array.isArray(src))
          return src.length === 2 ? src : [src[0], src[1]];
        const { offset, source } = src;
        return [offset, offset + (typeof source === "string" ? source.length : 1)];
      }
      function parsePrelude(prelude) {
        let comment = "";
        let atComment = false;
        let afterEmptyLine = false;
        for (let i = 0; i < prelude.length; ++i) {
          const source = prelude[i];
          switch (source[0]) {
            case "#":
              comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
              atComment = true;
              afterEmptyLine = false;
              break;
            case "%":
              if (prelude[i + 1]?.[0] !== "#")
                i += 1;
              atComment = false;
              break;
            default:
              if (!atComment)
                afterEmptyLine = true;
              atComment = false;
          }
        }
        return { comment, afterEmptyLine };
      }
      class Composer {
        constructor(options = {}) {
          this.doc = null;
          this.atDirectives = false;
          this.prelude = [];
          this.errors = [];
          this.warnings = [];
          this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
              this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
              this.errors.push(new errors.YAMLParseError(pos, code, message));
          };
          this.directives = new directives.Directives({ version: options.version || "1.2" });
          this.options = options;
        }
        decorate(doc, afterDoc) {
          const { comment, afterEmptyLine } = parsePrelude(this.prelude);
          if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
              doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
            } else if (afterEmptyLine || doc.directives.docStart || !dc) {
              doc.commentBefore = comment;
            } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
              let it = dc.items[0];
              if (identity.isPair(it))
                it = it.key;
              const cb = it.commentBefore;
              it.commentBefore = cb ? `${comment}
${cb}` : comment;
            } else {
              const cb = dc.commentBefore;
              dc.commentBefore = cb ? `${comment}
${cb}` : comment;
            }
          }
          if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
              doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
              doc.warnings.push(this.warnings[i]);
          } else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
          }
          this.prelude = [];
          this.errors = [];
          this.warnings = [];
        }
        /**
         * Current stream status information.
         *
         * Mostly useful at the end of input for an empty stream.
         */
        streamInfo() {
          return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
          };
        }
        /**
         * Compose tokens into documents.
         *
         * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
         * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
         */
        *compose(tokens, forceDoc = false, endOffset = -1) {
          for (const token of tokens)
            yield* this.next(token);
          yield* this.end(forceDoc, endOffset);
        }
        /** Advance the composer by one CST token. */
        *next(token) {
          if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
          switch (token.type) {
            case "directive":
              this.directives.add(token.source, (offset, message, warning) => {
                const pos = getErrorPos(token);
                pos[0] += offset;
                this.onError(pos, "BAD_DIRECTIVE", message, warning);
              });
              this.prelude.push(token.source);
              this.atDirectives = true;
              break;
            case "document": {
              const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
              if (this.atDirectives && !doc.directives.docStart)
                this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
              this.decorate(doc, false);
              if (this.doc)
                yield this.doc;
              this.doc = doc;
              this.atDirectives = false;
              break;
            }
            case "byte-order-mark":
            case "space":
              break;
            case "comment":
            case "newline":
              this.prelude.push(token.source);
              break;
            case "error": {
              const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
              const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
              if (this.atDirectives || !this.doc)
                this.errors.push(error);
              else
                this.doc.errors.push(error);
              break;
            }
            case "doc-end": {
              if (!this.doc) {
                const msg = "Unexpected doc-end without preceding document";
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
                break;
              }
              this.doc.directives.docEnd = true;
              const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
              this.decorate(this.doc, true);
              if (end.comment) {
                const dc = this.doc.comment;
                this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
              }
              this.doc.range[2] = end.offset;
              break;
            }
            default:
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
          }
        }
        /**
         * Call at end of input to yield any remaining document.
         *
         * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
         * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
         */
        *end(forceDoc = false, endOffset = -1) {
          if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
          } else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(void 0, opts);
            if (this.atDirectives)
              this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
          }
        }
      }
      exports.Composer = Composer;
    })
  ),
  /***/
  87103: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Pair = __nccwpck_require__2(57165);
      var YAMLMap = __nccwpck_require__2(84454);
      var resolveProps = __nccwpck_require__2(34631);
      var utilContainsNewline = __nccwpck_require__2(9499);
      var utilFlowIndentCheck = __nccwpck_require__2(74051);
      var utilMapIncludes = __nccwpck_require__2(81187);
      const startColMsg = "All mapping items must start at the same column";
      function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
        const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
        const map = new NodeClass(ctx.schema);
        if (ctx.atRoot)
          ctx.atRoot = false;
        let offset = bm.offset;
        let commentEnd = null;
        for (const collItem of bm.items) {
          const { start, key, sep, value } = collItem;
          const keyProps = resolveProps.resolveProps(start, {
            indicator: "explicit-key-ind",
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
          });
          const implicitKey = !keyProps.found;
          if (implicitKey) {
            if (key) {
              if (key.type === "block-seq")
                onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
              else if ("indent" in key && key.indent !== bm.indent)
                onError(offset, "BAD_INDENT", startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
              commentEnd = keyProps.end;
              if (keyProps.comment) {
                if (map.comment)
                  map.comment += "\n" + keyProps.comment;
                else
                  map.comment = keyProps.comment;
              }
              continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
              onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
            }
          } else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, "BAD_INDENT", startColMsg);
          }
          ctx.atKey = true;
          const keyStart = keyProps.end;
          const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
          ctx.atKey = false;
          if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === "block-scalar"
          });
          offset = valueProps.end;
          if (valueProps.found) {
            if (implicitKey) {
              if (value?.type === "block-map" && !valueProps.hasNewline)
                onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
              if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
                onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
            }
            const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
              utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            map.items.push(pair);
          } else {
            if (implicitKey)
              onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
            if (valueProps.comment) {
              if (keyNode.comment)
                keyNode.comment += "\n" + valueProps.comment;
              else
                keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            map.items.push(pair);
          }
        }
        if (commentEnd && commentEnd < offset)
          onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
        map.range = [bm.offset, offset, commentEnd ?? offset];
        return map;
      }
      exports.resolveBlockMap = resolveBlockMap;
    })
  ),
  /***/
  48913: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      function resolveBlockScalar(ctx, scalar, onError) {
        const start = scalar.offset;
        const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
        if (!header)
          return { value: "", type: null, comment: "", range: [start, start, start] };
        const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
        const lines = scalar.source ? splitLines(scalar.source) : [];
        let chompStart = lines.length;
        for (let i = lines.length - 1; i >= 0; --i) {
          const content = lines[i][1];
          if (content === "" || content === "\r")
            chompStart = i;
          else
            break;
        }
        if (chompStart === 0) {
          const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
          let end2 = start + header.length;
          if (scalar.source)
            end2 += scalar.source.length;
          return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
        }
        let trimIndent = scalar.indent + header.indent;
        let offset = scalar.offset + header.length;
        let contentStart = 0;
        for (let i = 0; i < chompStart; ++i) {
          const [indent, content] = lines[i];
          if (content === "" || content === "\r") {
            if (header.indent === 0 && indent.length > trimIndent)
              trimIndent = indent.length;
          } else {
            if (indent.length < trimIndent) {
              const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
              onError(offset + indent.length, "MISSING_CHAR", message);
            }
            if (header.indent === 0)
              trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
              const message = "Block scalar values in collections must be indented";
              onError(offset, "BAD_INDENT", message);
            }
            break;
          }
          offset += indent.length + content.length + 1;
        }
        for (let i = lines.length - 1; i >= chompStart; --i) {
          if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
        }
        let value = "";
        let sep = "";
        let prevMoreIndented = false;
        for (let i = 0; i < contentStart; ++i)
          value += lines[i][0].slice(trimIndent) + "\n";
        for (let i = contentStart; i < chompStart; ++i) {
          let [indent, content] = lines[i];
          offset += indent.length + content.length + 1;
          const crlf = content[content.length - 1] === "\r";
          if (crlf)
            content = content.slice(0, -1);
          if (content && indent.length < trimIndent) {
            const src = header.indent ? "explicit indentation indicator" : "first line";
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
            indent = "";
          }
          if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = "\n";
          } else if (indent.length > trimIndent || content[0] === "	") {
            if (sep === " ")
              sep = "\n";
            else if (!prevMoreIndented && sep === "\n")
              sep = "\n\n";
            value += sep + indent.slice(trimIndent) + content;
            sep = "\n";
            prevMoreIndented = true;
          } else if (content === "") {
            if (sep === "\n")
              value += "\n";
            else
              sep = "\n";
          } else {
            value += sep + content;
            sep = " ";
            prevMoreIndented = false;
          }
        }
        switch (header.chomp) {
          case "-":
            break;
          case "+":
            for (let i = chompStart; i < lines.length; ++i)
              value += "\n" + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== "\n")
              value += "\n";
            break;
          default:
            value += "\n";
        }
        const end = start + header.length + scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
      }
      function parseBlockScalarHeader({ offset, props }, strict, onError) {
        if (props[0].type !== "block-scalar-header") {
          onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
          return null;
        }
        const { source } = props[0];
        const mode = source[0];
        let indent = 0;
        let chomp = "";
        let error = -1;
        for (let i = 1; i < source.length; ++i) {
          const ch = source[i];
          if (!chomp && (ch === "-" || ch === "+"))
            chomp = ch;
          else {
            const n = Number(ch);
            if (!indent && n)
              indent = n;
            else if (error === -1)
              error = offset + i;
          }
        }
        if (error !== -1)
          onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
        let hasSpace = false;
        let comment = "";
        let length = source.length;
        for (let i = 1; i < props.length; ++i) {
          const token = props[i];
          switch (token.type) {
            case "space":
              hasSpace = true;
            // fallthrough
            case "newline":
              length += token.source.length;
              break;
            case "comment":
              if (strict && !hasSpace) {
                const message = "Comments must be separated from other tokens by white space characters";
                onError(token, "MISSING_CHAR", message);
              }
              length += token.source.length;
              comment = token.source.substring(1);
              break;
            case "error":
              onError(token, "UNEXPECTED_TOKEN", token.message);
              length += token.source.length;
              break;
            /* istanbul ignore next should not happen */
            default: {
              const message = `Unexpected token in block scalar header: ${token.type}`;
              onError(token, "UNEXPECTED_TOKEN", message);
              const ts = token.source;
              if (ts && typeof ts === "string")
                length += ts.length;
            }
          }
        }
        return { mode, indent, chomp, comment, length };
      }
      function splitLines(source) {
        const split = source.split(/\n( *)/);
        const first = split[0];
        const m = first.match(/^( *)/);
        const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
        const lines = [line0];
        for (let i = 1; i < split.length; i += 2)
          lines.push([split[i], split[i + 1]]);
        return lines;
      }
      exports.resolveBlockScalar = resolveBlockScalar;
    })
  ),
  /***/
  90334: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var YAMLSeq = __nccwpck_require__2(92223);
      var resolveProps = __nccwpck_require__2(34631);
      var utilFlowIndentCheck = __nccwpck_require__2(74051);
      function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
        const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
        const seq = new NodeClass(ctx.schema);
        if (ctx.atRoot)
          ctx.atRoot = false;
        if (ctx.atKey)
          ctx.atKey = false;
        let offset = bs.offset;
        let commentEnd = null;
        for (const { start, value } of bs.items) {
          const props = resolveProps.resolveProps(start, {
            indicator: "seq-item-ind",
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
          });
          if (!props.found) {
            if (props.anchor || props.tag || value) {
              if (value?.type === "block-seq")
                onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
              else
                onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
            } else {
              commentEnd = props.end;
              if (props.comment)
                seq.comment = props.comment;
              continue;
            }
          }
          const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
          offset = node.range[2];
          seq.items.push(node);
        }
        seq.range = [bs.offset, offset, commentEnd ?? offset];
        return seq;
      }
      exports.resolveBlockSeq = resolveBlockSeq;
    })
  ),
  /***/
  17788: (
    /***/
    ((__unused_webpack_module, exports) => {
      function resolveEnd(end, offset, reqSpace, onError) {
        let comment = "";
        if (end) {
          let hasSpace = false;
          let sep = "";
          for (const token of end) {
            const { source, type } = token;
            switch (type) {
              case "space":
                hasSpace = true;
                break;
              case "comment": {
                if (reqSpace && !hasSpace)
                  onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
                const cb = source.substring(1) || " ";
                if (!comment)
                  comment = cb;
                else
                  comment += sep + cb;
                sep = "";
                break;
              }
              case "newline":
                if (comment)
                  sep += source;
                hasSpace = true;
                break;
              default:
                onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
            }
            offset += source.length;
          }
        }
        return { comment, offset };
      }
      exports.resolveEnd = resolveEnd;
    })
  ),
  /***/
  13142: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var Pair = __nccwpck_require__2(57165);
      var YAMLMap = __nccwpck_require__2(84454);
      var YAMLSeq = __nccwpck_require__2(92223);
      var resolveEnd = __nccwpck_require__2(17788);
      var resolveProps = __nccwpck_require__2(34631);
      var utilContainsNewline = __nccwpck_require__2(9499);
      var utilMapIncludes = __nccwpck_require__2(81187);
      const blockMsg = "Block collections are not allowed within flow collections";
      const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
      function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
        const isMap = fc.start.source === "{";
        const fcName = isMap ? "flow map" : "flow sequence";
        const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
        const coll = new NodeClass(ctx.schema);
        coll.flow = true;
        const atRoot = ctx.atRoot;
        if (atRoot)
          ctx.atRoot = false;
        if (ctx.atKey)
          ctx.atKey = false;
        let offset = fc.offset + fc.start.source.length;
        for (let i = 0; i < fc.items.length; ++i) {
          const collItem = fc.items[i];
          const { start, key, sep, value } = collItem;
          const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: "explicit-key-ind",
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
              if (i === 0 && props.comma)
                onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
              else if (i < fc.items.length - 1)
                onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
              if (props.comment) {
                if (coll.comment)
                  coll.comment += "\n" + props.comment;
                else
                  coll.comment = props.comment;
              }
              offset = props.end;
              continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
              onError(
                key,
                // checked by containsNewline()
                "MULTILINE_IMPLICIT_KEY",
                "Implicit keys of flow sequence pairs need to be on a single line"
              );
          }
          if (i === 0) {
            if (props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
          } else {
            if (!props.comma)
              onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
            if (props.comment) {
              let prevItemComment = "";
              loop: for (const st of start) {
                switch (st.type) {
                  case "comma":
                  case "space":
                    break;
                  case "comment":
                    prevItemComment = st.source.substring(1);
                    break loop;
                  default:
                    break loop;
                }
              }
              if (prevItemComment) {
                let prev = coll.items[coll.items.length - 1];
                if (identity.isPair(prev))
                  prev = prev.value ?? prev.key;
                if (prev.comment)
                  prev.comment += "\n" + prevItemComment;
                else
                  prev.comment = prevItemComment;
                props.comment = props.comment.substring(prevItemComment.length + 1);
              }
            }
          }
          if (!isMap && !sep && !props.found) {
            const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else {
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
              onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
            ctx.atKey = false;
            const valueProps = resolveProps.resolveProps(sep ?? [], {
              flow: fcName,
              indicator: "map-value-ind",
              next: value,
              offset: keyNode.range[2],
              onError,
              parentIndent: fc.indent,
              startOnNewline: false
            });
            if (valueProps.found) {
              if (!isMap && !props.found && ctx.options.strict) {
                if (sep)
                  for (const st of sep) {
                    if (st === valueProps.found)
                      break;
                    if (st.type === "newline") {
                      onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                      break;
                    }
                  }
                if (props.start < valueProps.found.offset - 1024)
                  onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
              }
            } else if (value) {
              if ("source" in value && value.source?.[0] === ":")
                onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
              else
                onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
            }
            const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
            if (valueNode) {
              if (isBlock(value))
                onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
            } else if (valueProps.comment) {
              if (keyNode.comment)
                keyNode.comment += "\n" + valueProps.comment;
              else
                keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            if (isMap) {
              const map = coll;
              if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
              map.items.push(pair);
            } else {
              const map = new YAMLMap.YAMLMap(ctx.schema);
              map.flow = true;
              map.items.push(pair);
              const endRange = (valueNode ?? keyNode).range;
              map.range = [keyNode.range[0], endRange[1], endRange[2]];
              coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
          }
        }
        const expectedEnd = isMap ? "}" : "]";
        const [ce, ...ee] = fc.end;
        let cePos = offset;
        if (ce?.source === expectedEnd)
          cePos = ce.offset + ce.source.length;
        else {
          const name = fcName[0].toUpperCase() + fcName.substring(1);
          const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
          onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
          if (ce && ce.source.length !== 1)
            ee.unshift(ce);
        }
        if (ee.length > 0) {
          const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
          if (end.comment) {
            if (coll.comment)
              coll.comment += "\n" + end.comment;
            else
              coll.comment = end.comment;
          }
          coll.range = [fc.offset, cePos, end.offset];
        } else {
          coll.range = [fc.offset, cePos, cePos];
        }
        return coll;
      }
      exports.resolveFlowCollection = resolveFlowCollection;
    })
  ),
  /***/
  76842: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      var resolveEnd = __nccwpck_require__2(17788);
      function resolveFlowScalar(scalar, strict, onError) {
        const { offset, type, source, end } = scalar;
        let _type;
        let value;
        const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
        switch (type) {
          case "scalar":
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
          case "single-quoted-scalar":
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
          case "double-quoted-scalar":
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
          /* istanbul ignore next should not happen */
          default:
            onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
            return {
              value: "",
              type: null,
              comment: "",
              range: [offset, offset + source.length, offset + source.length]
            };
        }
        const valueEnd = offset + source.length;
        const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
        return {
          value,
          type: _type,
          comment: re.comment,
          range: [offset, valueEnd, re.offset]
        };
      }
      function plainValue(source, onError) {
        let badChar = "";
        switch (source[0]) {
          /* istanbul ignore next should not happen */
          case "	":
            badChar = "a tab character";
            break;
          case ",":
            badChar = "flow indicator character ,";
            break;
          case "%":
            badChar = "directive indicator character %";
            break;
          case "|":
          case ">": {
            badChar = `block scalar indicator ${source[0]}`;
            break;
          }
          case "@":
          case "`": {
            badChar = `reserved character ${source[0]}`;
            break;
          }
        }
        if (badChar)
          onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
        return unfoldLines(source);
      }
      function singleQuotedValue(source, onError) {
        if (source[source.length - 1] !== "'" || source.length === 1)
          onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
        return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
      }
      function unfoldLines(source) {
        const line = /(.*?)\r?\n/sy;
        let match = line.exec(source);
        if (!match)
          return source;
        let trimEnd, trimBoth;
        try {
          trimEnd = new RegExp("(?<![ 	])[ 	]+$");
          trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
        } catch {
          trimEnd = /[ \t]+$/;
          trimBoth = /^[ \t]+|[ \t]+$/g;
        }
        let res = match[1].replace(trimEnd, "");
        let sep = " ";
        let pos = line.lastIndex;
        while (match = line.exec(source)) {
          const lm = match[1].replace(trimBoth, "");
          if (lm === "") {
            if (sep === "\n")
              res += sep;
            else
              sep = "\n";
          } else {
            res += sep + lm;
            sep = " ";
          }
          pos = line.lastIndex;
        }
        const last = /[ \t]*(.*)/sy;
        last.lastIndex = pos;
        match = last.exec(source);
        return res + sep + (match?.[1] ?? "");
      }
      function doubleQuotedValue(source, onError) {
        let res = "";
        for (let i = 1; i < source.length - 1; ++i) {
          const ch = source[i];
          if (ch === "\r" && source[i + 1] === "\n")
            continue;
          if (ch === "\n") {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
          } else if (ch === "\\") {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === "\n") {
              next = source[i + 1];
              while (next === " " || next === "	")
                next = source[++i + 1];
            } else if (next === "\r" && source[i + 1] === "\n") {
              next = source[++i + 1];
              while (next === " " || next === "	")
                next = source[++i + 1];
            } else if (next === "x" || next === "u" || next === "U") {
              const length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError);
              i += length;
            } else {
              const raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
              res += raw;
            }
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
            if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
              res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
          } else {
            res += ch;
          }
        }
        if (source[source.length - 1] !== '"' || source.length === 1)
          onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
        return res;
      }
      function foldNewline(source, offset) {
        let fold = "";
        let ch = source[offset + 1];
        while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
          if (ch === "\r" && source[offset + 2] !== "\n")
            break;
          if (ch === "\n")
            fold += "\n";
          offset += 1;
          ch = source[offset + 1];
        }
        if (!fold)
          fold = " ";
        return { fold, offset };
      }
      const escapeCodes = {
        "0": "\0",
        // null character
        a: "\x07",
        // bell character
        b: "\b",
        // backspace
        e: "\x1B",
        // escape character
        f: "\f",
        // form feed
        n: "\n",
        // line feed
        r: "\r",
        // carriage return
        t: "	",
        // horizontal tab
        v: "\v",
        // vertical tab
        N: "\x85",
        // Unicode next line
        _: "\xA0",
        // Unicode non-breaking space
        L: "\u2028",
        // Unicode line separator
        P: "\u2029",
        // Unicode paragraph separator
        " ": " ",
        '"': '"',
        "/": "/",
        "\\": "\\",
        "	": "	"
      };
      function parseCharCode(source, offset, length, onError) {
        const cc = source.substr(offset, length);
        const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
        const code = ok ? parseInt(cc, 16) : NaN;
        try {
          return String.fromCodePoint(code);
        } catch {
          const raw = source.substr(offset - 2, length + 2);
          onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
          return raw;
        }
      }
      exports.resolveFlowScalar = resolveFlowScalar;
    })
  ),
  /***/
  34631: (
    /***/
    ((__unused_webpack_module, exports) => {
      function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
        let spaceBefore = false;
        let atNewline = startOnNewline;
        let hasSpace = startOnNewline;
        let comment = "";
        let commentSep = "";
        let hasNewline = false;
        let reqSpace = false;
        let tab = null;
        let anchor = null;
        let tag = null;
        let newlineAfterProp = null;
        let comma = null;
        let found = null;
        let start = null;
        for (const token of tokens) {
          if (reqSpace) {
            if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
              onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
            reqSpace = false;
          }
          if (tab) {
            if (atNewline && token.type !== "comment" && token.type !== "newline") {
              onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
            }
            tab = null;
          }
          switch (token.type) {
            case "space":
              if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
                tab = token;
              }
              hasSpace = true;
              break;
            case "comment": {
              if (!hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = token.source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += commentSep + cb;
              commentSep = "";
              atNewline = false;
              break;
            }
            case "newline":
              if (atNewline) {
                if (comment)
                  comment += token.source;
                else if (!found || indicator !== "seq-item-ind")
                  spaceBefore = true;
              } else
                commentSep += token.source;
              atNewline = true;
              hasNewline = true;
              if (anchor || tag)
                newlineAfterProp = token;
              hasSpace = true;
              break;
            case "anchor":
              if (anchor)
                onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
              if (token.source.endsWith(":"))
                onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
              anchor = token;
              start ?? (start = token.offset);
              atNewline = false;
              hasSpace = false;
              reqSpace = true;
              break;
            case "tag": {
              if (tag)
                onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
              tag = token;
              start ?? (start = token.offset);
              atNewline = false;
              hasSpace = false;
              reqSpace = true;
              break;
            }
            case indicator:
              if (anchor || tag)
                onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
              if (found)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
              found = token;
              atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
              hasSpace = false;
              break;
            case "comma":
              if (flow) {
                if (comma)
                  onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
                comma = token;
                atNewline = false;
                hasSpace = false;
                break;
              }
            // else fallthrough
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
              atNewline = false;
              hasSpace = false;
          }
        }
        const last = tokens[tokens.length - 1];
        const end = last ? last.offset + last.source.length : offset;
        if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
          onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
        }
        if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
          onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
        return {
          comma,
          found,
          spaceBefore,
          comment,
          hasNewline,
          anchor,
          tag,
          newlineAfterProp,
          end,
          start: start ?? end
        };
      }
      exports.resolveProps = resolveProps;
    })
  ),
  /***/
  9499: (
    /***/
    ((__unused_webpack_module, exports) => {
      function containsNewline(key) {
        if (!key)
          return null;
        switch (key.type) {
          case "alias":
          case "scalar":
          case "double-quoted-scalar":
          case "single-quoted-scalar":
            if (key.source.includes("\n"))
              return true;
            if (key.end) {
              for (const st of key.end)
                if (st.type === "newline")
                  return true;
            }
            return false;
          case "flow-collection":
            for (const it of key.items) {
              for (const st of it.start)
                if (st.type === "newline")
                  return true;
              if (it.sep) {
                for (const st of it.sep)
                  if (st.type === "newline")
                    return true;
              }
              if (containsNewline(it.key) || containsNewline(it.value))
                return true;
            }
            return false;
          default:
            return true;
        }
      }
      exports.containsNewline = containsNewline;
    })
  ),
  /***/
  22599: (
    /***/
    ((__unused_webpack_module, exports) => {
      function emptyScalarPosition(offset, before, pos) {
        if (before) {
          pos ?? (pos = before.length);
          for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
              case "space":
              case "comment":
              case "newline":
                offset -= st.source.length;
                continue;
            }
            st = before[++i];
            while (st?.type === "space") {
              offset += st.source.length;
              st = before[++i];
            }
            break;
          }
        }
        return offset;
      }
      exports.emptyScalarPosition = emptyScalarPosition;
    })
  ),
  /***/
  74051: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var utilContainsNewline = __nccwpck_require__2(9499);
      function flowIndentCheck(indent, fc, onError) {
        if (fc?.type === "flow-collection") {
          const end = fc.end[0];
          if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
            const msg = "Flow end indicator should be more indented than parent";
            onError(end, "BAD_INDENT", msg, true);
          }
        }
      }
      exports.flowIndentCheck = flowIndentCheck;
    })
  ),
  /***/
  81187: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      function mapIncludes(ctx, items, search) {
        const { uniqueKeys } = ctx.options;
        if (uniqueKeys === false)
          return false;
        const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
        return items.some((pair) => isEqual(pair.key, search));
      }
      exports.mapIncludes = mapIncludes;
    })
  ),
  /***/
  3021: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var Collection = __nccwpck_require__2(40101);
      var identity = __nccwpck_require__2(41127);
      var Pair = __nccwpck_require__2(57165);
      var toJS = __nccwpck_require__2(74043);
      var Schema = __nccwpck_require__2(45840);
      var stringifyDocument = __nccwpck_require__2(6829);
      var anchors = __nccwpck_require__2(71596);
      var applyReviver = __nccwpck_require__2(83661);
      var createNode = __nccwpck_require__2(42404);
      var directives = __nccwpck_require__2(61342);
      class Document {
        constructor(value, replacer, options) {
          this.commentBefore = null;
          this.comment = null;
          this.errors = [];
          this.warnings = [];
          Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
          let _replacer = null;
          if (typeof replacer === "function" || Array.isArray(replacer)) {
            _replacer = replacer;
          } else if (options === void 0 && replacer) {
            options = replacer;
            replacer = void 0;
          }
          const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: "warn",
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: "1.2"
          }, options);
          this.options = opt;
          let { version } = opt;
          if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
              version = this.directives.yaml.version;
          } else
            this.directives = new directives.Directives({ version });
          this.setSchema(version, options);
          this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
        }
        /**
         * Create a deep copy of this Document and its contents.
         *
         * Custom Node values that inherit from `Object` still refer to their original instances.
         */
        clone() {
          const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
          });
          copy.commentBefore = this.commentBefore;
          copy.comment = this.comment;
          copy.errors = this.errors.slice();
          copy.warnings = this.warnings.slice();
          copy.options = Object.assign({}, this.options);
          if (this.directives)
            copy.directives = this.directives.clone();
          copy.schema = this.schema.clone();
          copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /** Adds a value to the document. */
        add(value) {
          if (assertCollection(this.contents))
            this.contents.add(value);
        }
        /** Adds a value to the document. */
        addIn(path2, value) {
          if (assertCollection(this.contents))
            this.contents.addIn(path2, value);
        }
        /**
         * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
         *
         * If `node` already has an anchor, `name` is ignored.
         * Otherwise, the `node.anchor` value will be set to `name`,
         * or if an anchor with that name is already present in the document,
         * `name` will be used as a prefix for a new unique anchor.
         * If `name` is undefined, the generated anchor will use 'a' as a prefix.
         */
        createAlias(node, name) {
          if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
            !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
          }
          return new Alias.Alias(node.anchor);
        }
        createNode(value, replacer, options) {
          let _replacer = void 0;
          if (typeof replacer === "function") {
            value = replacer.call({ "": value }, "", value);
            _replacer = replacer;
          } else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
              replacer = replacer.concat(asStr);
            _replacer = replacer;
          } else if (options === void 0 && replacer) {
            options = replacer;
            replacer = void 0;
          }
          const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
          const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
            this,
            // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
            anchorPrefix || "a"
          );
          const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
          };
          const node = createNode.createNode(value, tag, ctx);
          if (flow && identity.isCollection(node))
            node.flow = true;
          setAnchors();
          return node;
        }
        /**
         * Convert a key and a value into a `Pair` using the current schema,
         * recursively wrapping all values as `Scalar` or `Collection` nodes.
         */
        createPair(key, value, options = {}) {
          const k = this.createNode(key, null, options);
          const v = this.createNode(value, null, options);
          return new Pair.Pair(k, v);
        }
        /**
         * Removes a value from the document.
         * @returns `true` if the item was found and removed.
         */
        delete(key) {
          return assertCollection(this.contents) ? this.contents.delete(key) : false;
        }
        /**
         * Removes a value from the document.
         * @returns `true` if the item was found and removed.
         */
        deleteIn(path2) {
          if (Collection.isEmptyPath(path2)) {
            if (this.contents == null)
              return false;
            this.contents = null;
            return true;
          }
          return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
        }
        /**
         * Returns item at `key`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        get(key, keepScalar) {
          return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
        }
        /**
         * Returns item at `path`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        getIn(path2, keepScalar) {
          if (Collection.isEmptyPath(path2))
            return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
          return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
        }
        /**
         * Checks if the document includes a value with the key `key`.
         */
        has(key) {
          return identity.isCollection(this.contents) ? this.contents.has(key) : false;
        }
        /**
         * Checks if the document includes a value at `path`.
         */
        hasIn(path2) {
          if (Collection.isEmptyPath(path2))
            return this.contents !== void 0;
          return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
        }
        /**
         * Sets a value in this document. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        set(key, value) {
          if (this.contents == null) {
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
          } else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
          }
        }
        /**
         * Sets a value in this document. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        setIn(path2, value) {
          if (Collection.isEmptyPath(path2)) {
            this.contents = value;
          } else if (this.contents == null) {
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
          } else if (assertCollection(this.contents)) {
            this.contents.setIn(path2, value);
          }
        }
        /**
         * Change the YAML version and schema used by the document.
         * A `null` version disables support for directives, explicit tags, anchors, and aliases.
         * It also requires the `schema` option to be given as a `Schema` instance value.
         *
         * Overrides all previously set schema options.
         */
        setSchema(version, options = {}) {
          if (typeof version === "number")
            version = String(version);
          let opt;
          switch (version) {
            case "1.1":
              if (this.directives)
                this.directives.yaml.version = "1.1";
              else
                this.directives = new directives.Directives({ version: "1.1" });
              opt = { resolveKnownTags: false, schema: "yaml-1.1" };
              break;
            case "1.2":
            case "next":
              if (this.directives)
                this.directives.yaml.version = version;
              else
                this.directives = new directives.Directives({ version });
              opt = { resolveKnownTags: true, schema: "core" };
              break;
            case null:
              if (this.directives)
                delete this.directives;
              opt = null;
              break;
            default: {
              const sv = JSON.stringify(version);
              throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
          }
          if (options.schema instanceof Object)
            this.schema = options.schema;
          else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
          else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
        }
        // json & jsonArg are only used from toJSON()
        toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
          const ctx = {
            anchors: /* @__PURE__ */ new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
          };
          const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
          if (typeof onAnchor === "function")
            for (const { count, res: res2 } of ctx.anchors.values())
              onAnchor(res2, count);
          return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
        }
        /**
         * A JSON representation of the document `contents`.
         *
         * @param jsonArg Used by `JSON.stringify` to indicate the array index or
         *   property name.
         */
        toJSON(jsonArg, onAnchor) {
          return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
        }
        /** A YAML representation of the document. */
        toString(options = {}) {
          if (this.errors.length > 0)
            throw new Error("Document with errors cannot be stringified");
          if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
          }
          return stringifyDocument.stringifyDocument(this, options);
        }
      }
      function assertCollection(contents) {
        if (identity.isCollection(contents))
          return true;
        throw new Error("Expected a YAML collection as document contents");
      }
      exports.Document = Document;
    })
  ),
  /***/
  71596: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var visit = __nccwpck_require__2(10204);
      function anchorIsValid(anchor) {
        if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
          const sa = JSON.stringify(anchor);
          const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
          throw new Error(msg);
        }
        return true;
      }
      function anchorNames(root) {
        const anchors = /* @__PURE__ */ new Set();
        visit.visit(root, {
          Value(_key, node) {
            if (node.anchor)
              anchors.add(node.anchor);
          }
        });
        return anchors;
      }
      function findNewAnchor(prefix, exclude) {
        for (let i = 1; true; ++i) {
          const name = `${prefix}${i}`;
          if (!exclude.has(name))
            return name;
        }
      }
      function createNodeAnchors(doc, prefix) {
        const aliasObjects = [];
        const sourceObjects = /* @__PURE__ */ new Map();
        let prevAnchors = null;
        return {
          onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
          },
          /**
           * With circular references, the source node is only resolved after all
           * of its child nodes are. This is why anchors are set only after all of
           * the nodes have been created.
           */
          setAnchors: () => {
            for (const source of aliasObjects) {
              const ref = sourceObjects.get(source);
              if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                ref.node.anchor = ref.anchor;
              } else {
                const error = new Error("Failed to resolve repeated object (this should not happen)");
                error.source = source;
                throw error;
              }
            }
          },
          sourceObjects
        };
      }
      exports.anchorIsValid = anchorIsValid;
      exports.anchorNames = anchorNames;
      exports.createNodeAnchors = createNodeAnchors;
      exports.findNewAnchor = findNewAnchor;
    })
  ),
  /***/
  83661: (
    /***/
    ((__unused_webpack_module, exports) => {
      function applyReviver(reviver, obj, key, val) {
        if (val && typeof val === "object") {
          if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
              const v0 = val[i];
              const v1 = applyReviver(reviver, val, String(i), v0);
              if (v1 === void 0)
                delete val[i];
              else if (v1 !== v0)
                val[i] = v1;
            }
          } else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
              const v0 = val.get(k);
              const v1 = applyReviver(reviver, val, k, v0);
              if (v1 === void 0)
                val.delete(k);
              else if (v1 !== v0)
                val.set(k, v1);
            }
          } else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
              const v1 = applyReviver(reviver, val, v0, v0);
              if (v1 === void 0)
                val.delete(v0);
              else if (v1 !== v0) {
                val.delete(v0);
                val.add(v1);
              }
            }
          } else {
            for (const [k, v0] of Object.entries(val)) {
              const v1 = applyReviver(reviver, val, k, v0);
              if (v1 === void 0)
                delete val[k];
              else if (v1 !== v0)
                val[k] = v1;
            }
          }
        }
        return reviver.call(obj, key, val);
      }
      exports.applyReviver = applyReviver;
    })
  ),
  /***/
  42404: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(41127);
      var Scalar = __nccwpck_require__2(63301);
      const defaultTagPrefix = "tag:yaml.org,2002:";
      function findTagObject(value, tagName, tags) {
        if (tagName) {
          const match = tags.filter((t) => t.tag === tagName);
          const tagObj = match.find((t) => !t.format) ?? match[0];
          if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
          return tagObj;
        }
        return tags.find((t) => t.identify?.(value) && !t.format);
      }
      function createNode(value, tagName, ctx) {
        if (identity.isDocument(value))
          value = value.contents;
        if (identity.isNode(value))
          return value;
        if (identity.isPair(value)) {
          const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
          map.items.push(value);
          return map;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
          value = value.valueOf();
        }
        const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
        let ref = void 0;
        if (aliasDuplicateObjects && value && typeof value === "object") {
          ref = sourceObjects.get(value);
          if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
          } else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
          }
        }
        if (tagName?.startsWith("!!"))
          tagName = defaultTagPrefix + tagName.slice(2);
        let tagObj = findTagObject(value, tagName, schema.tags);
        if (!tagObj) {
          if (value && typeof value.toJSON === "function") {
            value = value.toJSON();
          }
          if (!value || typeof value !== "object") {
            const node2 = new Scalar.Scalar(value);
            if (ref)
              ref.node = node2;
            return node2;
          }
          tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
        }
        if (onTagObj) {
          onTagObj(tagObj);
          delete ctx.onTagObj;
        }
        const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
        if (tagName)
          node.tag = tagName;
        else if (!tagObj.default)
          node.tag = tagObj.tag;
        if (ref)
          ref.node = node;
        return node;
      }
      exports.createNode = createNode;
    })
  ),
  /***/
  61342: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var visit = __nccwpck_require__2(10204);
      const escapeChars = {
        "!": "%21",
        ",": "%2C",
        "[": "%5B",
        "]": "%5D",
        "{": "%7B",
        "}": "%7D"
      };
      const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
      class Directives {
        constructor(yaml, tags) {
          this.docStart = null;
          this.docEnd = false;
          this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
          this.tags = Object.assign({}, Directives.defaultTags, tags);
        }
        clone() {
          const copy = new Directives(this.yaml, this.tags);
          copy.docStart = this.docStart;
          return copy;
        }
        /**
         * During parsing, get a Directives instance for the current document and
         * update the stream state according to the current version's spec.
         */
        atDocument() {
          const res = new Directives(this.yaml, this.tags);
          switch (this.yaml.version) {
            case "1.1":
              this.atNextDocument = true;
              break;
            case "1.2":
              this.atNextDocument = false;
              this.yaml = {
                explicit: Directives.defaultYaml.explicit,
                version: "1.2"
              };
              this.tags = Object.assign({}, Directives.defaultTags);
              break;
          }
          return res;
        }
        /**
         * @param onError - May be called even if the action was successful
         * @returns `true` on success
         */
        add(line, onError) {
          if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: "1.1" };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
          }
          const parts = line.trim().split(/[ \t]+/);
          const name = parts.shift();
          switch (name) {
            case "%TAG": {
              if (parts.length !== 2) {
                onError(0, "%TAG directive should contain exactly two parts");
                if (parts.length < 2)
                  return false;
              }
              const [handle, prefix] = parts;
              this.tags[handle] = prefix;
              return true;
            }
            case "%YAML": {
              this.yaml.explicit = true;
              if (parts.length !== 1) {
                onError(0, "%YAML directive should contain exactly one part");
                return false;
              }
              const [version] = parts;
              if (version === "1.1" || version === "1.2") {
                this.yaml.version = version;
                return true;
              } else {
                const isValid = /^\d+\.\d+$/.test(version);
                onError(6, `Unsupported YAML version ${version}`, isValid);
                return false;
              }
            }
            default:
              onError(0, `Unknown directive ${name}`, true);
              return false;
          }
        }
        /**
         * Resolves a tag, matching handles to those defined in %TAG directives.
         *
         * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
         *   `'!local'` tag, or `null` if unresolvable.
         */
        tagName(source, onError) {
          if (source === "!")
            return "!";
          if (source[0] !== "!") {
            onError(`Not a valid tag: ${source}`);
            return null;
          }
          if (source[1] === "<") {
            const verbatim = source.slice(2, -1);
            if (verbatim === "!" || verbatim === "!!") {
              onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
              return null;
            }
            if (source[source.length - 1] !== ">")
              onError("Verbatim tags must end with a >");
            return verbatim;
          }
          const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
          if (!suffix)
            onError(`The ${source} tag has no suffix`);
          const prefix = this.tags[handle];
          if (prefix) {
            try {
              return prefix + decodeURIComponent(suffix);
            } catch (error) {
              onError(String(error));
              return null;
            }
          }
          if (handle === "!")
            return source;
          onError(`Could not resolve tag: ${source}`);
          return null;
        }
        /**
         * Given a fully resolved tag, returns its printable string form,
         * taking into account current tag prefixes and defaults.
         */
        tagString(tag) {
          for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
              return handle + escapeTagName(tag.substring(prefix.length));
          }
          return tag[0] === "!" ? tag : `!<${tag}>`;
        }
        toString(doc) {
          const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
          const tagEntries = Object.entries(this.tags);
          let tagNames;
          if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
              if (identity.isNode(node) && node.tag)
                tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
          } else
            tagNames = [];
          for (const [handle, prefix] of tagEntries) {
            if (handle === "!!" && prefix === "tag:yaml.org,2002:")
              continue;
            if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
              lines.push(`%TAG ${handle} ${prefix}`);
          }
          return lines.join("\n");
        }
      }
      Directives.defaultYaml = { explicit: false, version: "1.2" };
      Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
      exports.Directives = Directives;
    })
  ),
  /***/
  91464: (
    /***/
    ((__unused_webpack_module, exports) => {
      class YAMLError extends Error {
        constructor(name, pos, code, message) {
          super();
          this.name = name;
          this.code = code;
          this.message = message;
          this.pos = pos;
        }
      }
      class YAMLParseError extends YAMLError {
        constructor(pos, code, message) {
          super("YAMLParseError", pos, code, message);
        }
      }
      class YAMLWarning extends YAMLError {
        constructor(pos, code, message) {
          super("YAMLWarning", pos, code, message);
        }
      }
      const prettifyError = (src, lc) => (error) => {
        if (error.pos[0] === -1)
          return;
        error.linePos = error.pos.map((pos) => lc.linePos(pos));
        const { line, col } = error.linePos[0];
        error.message += ` at line ${line}, column ${col}`;
        let ci = col - 1;
        let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
        if (ci >= 60 && lineStr.length > 80) {
          const trimStart = Math.min(ci - 39, lineStr.length - 79);
          lineStr = "\u2026" + lineStr.substring(trimStart);
          ci -= trimStart - 1;
        }
        if (lineStr.length > 80)
          lineStr = lineStr.substring(0, 79) + "\u2026";
        if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
          let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
          if (prev.length > 80)
            prev = prev.substring(0, 79) + "\u2026\n";
          lineStr = prev + lineStr;
        }
        if (/[^ ]/.test(lineStr)) {
          let count = 1;
          const end = error.linePos[1];
          if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
          }
          const pointer = " ".repeat(ci) + "^".repeat(count);
          error.message += `:

${lineStr}
${pointer}
`;
        }
      };
      exports.YAMLError = YAMLError;
      exports.YAMLParseError = YAMLParseError;
      exports.YAMLWarning = YAMLWarning;
      exports.prettifyError = prettifyError;
    })
  ),
  /***/
  38815: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var __webpack_unused_export__;
      var composer = __nccwpck_require__2(89984);
      var Document = __nccwpck_require__2(3021);
      var Schema = __nccwpck_require__2(45840);
      var errors = __nccwpck_require__2(91464);
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(41127);
      var Pair = __nccwpck_require__2(57165);
      var Scalar = __nccwpck_require__2(63301);
      var YAMLMap = __nccwpck_require__2(84454);
      var YAMLSeq = __nccwpck_require__2(92223);
      var cst = __nccwpck_require__2(3461);
      var lexer = __nccwpck_require__2(40361);
      var lineCounter = __nccwpck_require__2(66628);
      var parser = __nccwpck_require__2(3456);
      var publicApi = __nccwpck_require__2(84047);
      var visit = __nccwpck_require__2(10204);
      __webpack_unused_export__ = composer.Composer;
      __webpack_unused_export__ = Document.Document;
      __webpack_unused_export__ = Schema.Schema;
      __webpack_unused_export__ = errors.YAMLError;
      __webpack_unused_export__ = errors.YAMLParseError;
      __webpack_unused_export__ = errors.YAMLWarning;
      __webpack_unused_export__ = Alias.Alias;
      __webpack_unused_export__ = identity.isAlias;
      __webpack_unused_export__ = identity.isCollection;
      __webpack_unused_export__ = identity.isDocument;
      exports.isMap = identity.isMap;
      __webpack_unused_export__ = identity.isNode;
      __webpack_unused_export__ = identity.isPair;
      exports.isScalar = identity.isScalar;
      __webpack_unused_export__ = identity.isSeq;
      __webpack_unused_export__ = Pair.Pair;
      __webpack_unused_export__ = Scalar.Scalar;
      __webpack_unused_export__ = YAMLMap.YAMLMap;
      __webpack_unused_export__ = YAMLSeq.YAMLSeq;
      __webpack_unused_export__ = cst;
      __webpack_unused_export__ = lexer.Lexer;
      __webpack_unused_export__ = lineCounter.LineCounter;
      __webpack_unused_export__ = parser.Parser;
      exports.qg = publicApi.parse;
      __webpack_unused_export__ = publicApi.parseAllDocuments;
      exports.parseDocument = publicApi.parseDocument;
      exports.As = publicApi.stringify;
      exports.visit = visit.visit;
      __webpack_unused_export__ = visit.visitAsync;
    })
  ),
  /***/
  57249: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      function debug(logLevel, ...messages) {
        if (logLevel === "debug")
          console.log(...messages);
      }
      function warn(logLevel, warning) {
        if (logLevel === "debug" || logLevel === "warn") {
          if (typeof node_process.emitWarning === "function")
            node_process.emitWarning(warning);
          else
            console.warn(warning);
        }
      }
      exports.debug = debug;
      exports.warn = warn;
    })
  ),
  /***/
  4065: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var anchors = __nccwpck_require__2(71596);
      var visit = __nccwpck_require__2(10204);
      var identity = __nccwpck_require__2(41127);
      var Node = __nccwpck_require__2(66673);
      var toJS = __nccwpck_require__2(74043);
      class Alias extends Node.NodeBase {
        constructor(source) {
          super(identity.ALIAS);
          this.source = source;
          Object.defineProperty(this, "tag", {
            set() {
              throw new Error("Alias nodes cannot have tags");
            }
          });
        }
        /**
         * Resolve the value of this alias within `doc`, finding the last
         * instance of the `source` anchor before this node.
         */
        resolve(doc, ctx) {
          if (ctx?.maxAliasCount === 0)
            throw new ReferenceError("Alias resolution is disabled");
          let nodes;
          if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
          } else {
            nodes = [];
            visit.visit(doc, {
              Node: (_key, node) => {
                if (identity.isAlias(node) || identity.hasAnchor(node))
                  nodes.push(node);
              }
            });
            if (ctx)
              ctx.aliasResolveCache = nodes;
          }
          let found = void 0;
          for (const node of nodes) {
            if (node === this)
              break;
            if (node.anchor === this.source)
              found = node;
          }
          if (found && ctx) {
            const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
            let data = anchors2.get(found);
            if (!data) {
              toJS.toJS(found, null, ctx);
              data = anchors2.get(found);
            }
            if (data?.res === void 0) {
              const msg = "This should not happen: Alias anchor was not resolved?";
              throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
              data.count += 1;
              if (data.aliasCount === 0)
                data.aliasCount = getAliasCount(doc2, found, anchors2);
              if (data.count * data.aliasCount > maxAliasCount) {
                const msg = "Excessive alias count indicates a resource exhaustion attack";
                throw new ReferenceError(msg);
              }
            }
          }
          return found;
        }
        toJSON(_arg, ctx) {
          if (!ctx)
            return { source: this.source };
          const source = this.resolve(ctx.doc, ctx);
          if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
          }
          return ctx.anchors.get(source).res;
        }
        toString(ctx, _onComment, _onChompKeep) {
          const src = `*${this.source}`;
          if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
              const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
              throw new Error(msg);
            }
            if (ctx.implicitKey)
              return `${src} `;
          }
          return src;
        }
      }
      function getAliasCount(doc, node, anchors2) {
        if (identity.isAlias(node)) {
          const source = node.resolve(doc);
          const anchor = anchors2 && source && anchors2.get(source);
          return anchor ? anchor.count * anchor.aliasCount : 0;
        } else if (identity.isCollection(node)) {
          let count = 0;
          for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors2);
            if (c > count)
              count = c;
          }
          return count;
        } else if (identity.isPair(node)) {
          const kc = getAliasCount(doc, node.key, anchors2);
          const vc = getAliasCount(doc, node.value, anchors2);
          return Math.max(kc, vc);
        }
        return 1;
      }
      exports.Alias = Alias;
    })
  ),
  /***/
  40101: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(42404);
      var identity = __nccwpck_require__2(41127);
      var Node = __nccwpck_require__2(66673);
      function collectionFromPath(schema, path2, value) {
        let v = value;
        for (let i = path2.length - 1; i >= 0; --i) {
          const k = path2[i];
          if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
          } else {
            v = /* @__PURE__ */ new Map([[k, v]]);
          }
        }
        return createNode.createNode(v, void 0, {
          aliasDuplicateObjects: false,
          keepUndefined: false,
          onAnchor: () => {
            throw new Error("This should not happen, please report a bug.");
          },
          schema,
          sourceObjects: /* @__PURE__ */ new Map()
        });
      }
      const isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
      class Collection extends Node.NodeBase {
        constructor(type, schema) {
          super(type);
          Object.defineProperty(this, "schema", {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
          });
        }
        /**
         * Create a copy of this collection.
         *
         * @param schema - If defined, overwrites the original's schema
         */
        clone(schema) {
          const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
          if (schema)
            copy.schema = schema;
          copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /**
         * Adds a value to the collection. For `!!map` and `!!omap` the value must
         * be a Pair instance or a `{ key, value }` object, which may not have a key
         * that already exists in the map.
         */
        addIn(path2, value) {
          if (isEmptyPath(path2))
            this.add(value);
          else {
            const [key, ...rest] = path2;
            const node = this.get(key, true);
            if (identity.isCollection(node))
              node.addIn(rest, value);
            else if (node === void 0 && this.schema)
              this.set(key, collectionFromPath(this.schema, rest, value));
            else
              throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
          }
        }
        /**
         * Removes a value from the collection.
         * @returns `true` if the item was found and removed.
         */
        deleteIn(path2) {
          const [key, ...rest] = path2;
          if (rest.length === 0)
            return this.delete(key);
          const node = this.get(key, true);
          if (identity.isCollection(node))
            return node.deleteIn(rest);
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
        /**
         * Returns item at `key`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        getIn(path2, keepScalar) {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
          else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
        }
        hasAllNullValues(allowScalar) {
          return this.items.every((node) => {
            if (!identity.isPair(node))
              return false;
            const n = node.value;
            return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
          });
        }
        /**
         * Checks if the collection includes a value with the key `key`.
         */
        hasIn(path2) {
          const [key, ...rest] = path2;
          if (rest.length === 0)
            return this.has(key);
          const node = this.get(key, true);
          return identity.isCollection(node) ? node.hasIn(rest) : false;
        }
        /**
         * Sets a value in this collection. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        setIn(path2, value) {
          const [key, ...rest] = path2;
          if (rest.length === 0) {
            this.set(key, value);
          } else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
              node.setIn(rest, value);
            else if (node === void 0 && this.schema)
              this.set(key, collectionFromPath(this.schema, rest, value));
            else
              throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
          }
        }
      }
      exports.Collection = Collection;
      exports.collectionFromPath = collectionFromPath;
      exports.isEmptyPath = isEmptyPath;
    })
  ),
  /***/
  66673: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var applyReviver = __nccwpck_require__2(83661);
      var identity = __nccwpck_require__2(41127);
      var toJS = __nccwpck_require__2(74043);
      class NodeBase {
        constructor(type) {
          Object.defineProperty(this, identity.NODE_TYPE, { value: type });
        }
        /** Create a copy of this node.  */
        clone() {
          const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /** A plain JavaScript representation of this node. */
        toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
          if (!identity.isDocument(doc))
            throw new TypeError("A document argument is required");
          const ctx = {
            anchors: /* @__PURE__ */ new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
          };
          const res = toJS.toJS(this, "", ctx);
          if (typeof onAnchor === "function")
            for (const { count, res: res2 } of ctx.anchors.values())
              onAnchor(res2, count);
          return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
        }
      }
      exports.NodeBase = NodeBase;
    })
  ),
  /***/
  57165: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(42404);
      var stringifyPair = __nccwpck_require__2(59748);
      var addPairToJSMap = __nccwpck_require__2(97104);
      var identity = __nccwpck_require__2(41127);
      function createPair(key, value, ctx) {
        const k = createNode.createNode(key, void 0, ctx);
        const v = createNode.createNode(value, void 0, ctx);
        return new Pair(k, v);
      }
      class Pair {
        constructor(key, value = null) {
          Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
          this.key = key;
          this.value = value;
        }
        clone(schema) {
          let { key, value } = this;
          if (identity.isNode(key))
            key = key.clone(schema);
          if (identity.isNode(value))
            value = value.clone(schema);
          return new Pair(key, value);
        }
        toJSON(_, ctx) {
          const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
          return addPairToJSMap.addPairToJSMap(ctx, pair, this);
        }
        toString(ctx, onComment, onChompKeep) {
          return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
        }
      }
      exports.Pair = Pair;
      exports.createPair = createPair;
    })
  ),
  /***/
  63301: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var Node = __nccwpck_require__2(66673);
      var toJS = __nccwpck_require__2(74043);
      const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
      class Scalar extends Node.NodeBase {
        constructor(value) {
          super(identity.SCALAR);
          this.value = value;
        }
        toJSON(arg, ctx) {
          return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
        }
        toString() {
          return String(this.value);
        }
      }
      Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
      Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
      Scalar.PLAIN = "PLAIN";
      Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
      Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
      exports.Scalar = Scalar;
      exports.isScalarValue = isScalarValue;
    })
  ),
  /***/
  84454: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyCollection = __nccwpck_require__2(61212);
      var addPairToJSMap = __nccwpck_require__2(97104);
      var Collection = __nccwpck_require__2(40101);
      var identity = __nccwpck_require__2(41127);
      var Pair = __nccwpck_require__2(57165);
      var Scalar = __nccwpck_require__2(63301);
      function findPair(items, key) {
        const k = identity.isScalar(key) ? key.value : key;
        for (const it of items) {
          if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
              return it;
            if (identity.isScalar(it.key) && it.key.value === k)
              return it;
          }
        }
        return void 0;
      }
      class YAMLMap extends Collection.Collection {
        static get tagName() {
          return "tag:yaml.org,2002:map";
        }
        constructor(schema) {
          super(identity.MAP, schema);
          this.items = [];
        }
        /**
         * A generic collection parsing method that can be extended
         * to other node classes that inherit from YAMLMap
         */
        static from(schema, obj, ctx) {
          const { keepUndefined, replacer } = ctx;
          const map = new this(schema);
          const add = (key, value) => {
            if (typeof replacer === "function")
              value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
              return;
            if (value !== void 0 || keepUndefined)
              map.items.push(Pair.createPair(key, value, ctx));
          };
          if (obj instanceof Map) {
            for (const [key, value] of obj)
              add(key, value);
          } else if (obj && typeof obj === "object") {
            for (const key of Object.keys(obj))
              add(key, obj[key]);
          }
          if (typeof schema.sortMapEntries === "function") {
            map.items.sort(schema.sortMapEntries);
          }
          return map;
        }
        /**
         * Adds a value to the collection.
         *
         * @param overwrite - If not set `true`, using a key that is already in the
         *   collection will throw. Otherwise, overwrites the previous value.
         */
        add(pair, overwrite) {
          let _pair;
          if (identity.isPair(pair))
            _pair = pair;
          else if (!pair || typeof pair !== "object" || !("key" in pair)) {
            _pair = new Pair.Pair(pair, pair?.value);
          } else
            _pair = new Pair.Pair(pair.key, pair.value);
          const prev = findPair(this.items, _pair.key);
          const sortEntries = this.schema?.sortMapEntries;
          if (prev) {
            if (!overwrite)
              throw new Error(`Key ${_pair.key} already set`);
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
              prev.value.value = _pair.value;
            else
              prev.value = _pair.value;
          } else if (sortEntries) {
            const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
            if (i === -1)
              this.items.push(_pair);
            else
              this.items.splice(i, 0, _pair);
          } else {
            this.items.push(_pair);
          }
        }
        delete(key) {
          const it = findPair(this.items, key);
          if (!it)
            return false;
          const del = this.items.splice(this.items.indexOf(it), 1);
          return del.length > 0;
        }
        get(key, keepScalar) {
          const it = findPair(this.items, key);
          const node = it?.value;
          return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
        }
        has(key) {
          return !!findPair(this.items, key);
        }
        set(key, value) {
          this.add(new Pair.Pair(key, value), true);
        }
        /**
         * @param ctx - Conversion context, originally set in Document#toJS()
         * @param {Class} Type - If set, forces the returned collection type
         * @returns Instance of Type, Map, or Object
         */
        toJSON(_, ctx, Type) {
          const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
          if (ctx?.onCreate)
            ctx.onCreate(map);
          for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
          return map;
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          for (const item of this.items) {
            if (!identity.isPair(item))
              throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
          }
          if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
          return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: "",
            flowChars: { start: "{", end: "}" },
            itemIndent: ctx.indent || "",
            onChompKeep,
            onComment
          });
        }
      }
      exports.YAMLMap = YAMLMap;
      exports.findPair = findPair;
    })
  ),
  /***/
  92223: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(42404);
      var stringifyCollection = __nccwpck_require__2(61212);
      var Collection = __nccwpck_require__2(40101);
      var identity = __nccwpck_require__2(41127);
      var Scalar = __nccwpck_require__2(63301);
      var toJS = __nccwpck_require__2(74043);
      class YAMLSeq extends Collection.Collection {
        static get tagName() {
          return "tag:yaml.org,2002:seq";
        }
        constructor(schema) {
          super(identity.SEQ, schema);
          this.items = [];
        }
        add(value) {
          this.items.push(value);
        }
        /**
         * Removes a value from the collection.
         *
         * `key` must contain a representation of an integer for this to succeed.
         * It may be wrapped in a `Scalar`.
         *
         * @returns `true` if the item was found and removed.
         */
        delete(key) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            return false;
          const del = this.items.splice(idx, 1);
          return del.length > 0;
        }
        get(key, keepScalar) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            return void 0;
          const it = this.items[idx];
          return !keepScalar && identity.isScalar(it) ? it.value : it;
        }
        /**
         * Checks if the collection includes a value with the key `key`.
         *
         * `key` must contain a representation of an integer for this to succeed.
         * It may be wrapped in a `Scalar`.
         */
        has(key) {
          const idx = asItemIndex(key);
          return typeof idx === "number" && idx < this.items.length;
        }
        /**
         * Sets a value in this collection. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         *
         * If `key` does not contain a representation of an integer, this will throw.
         * It may be wrapped in a `Scalar`.
         */
        set(key, value) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            throw new Error(`Expected a valid index, not ${key}.`);
          const prev = this.items[idx];
          if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
          else
            this.items[idx] = value;
        }
        toJSON(_, ctx) {
          const seq = [];
          if (ctx?.onCreate)
            ctx.onCreate(seq);
          let i = 0;
          for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
          return seq;
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: "- ",
            flowChars: { start: "[", end: "]" },
            itemIndent: (ctx.indent || "") + "  ",
            onChompKeep,
            onComment
          });
        }
        static from(schema, obj, ctx) {
          const { replacer } = ctx;
          const seq = new this(schema);
          if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
              if (typeof replacer === "function") {
                const key = obj instanceof Set ? it : String(i++);
                it = replacer.call(obj, key, it);
              }
              seq.items.push(createNode.createNode(it, void 0, ctx));
            }
          }
          return seq;
        }
      }
      function asItemIndex(key) {
        let idx = identity.isScalar(key) ? key.value : key;
        if (idx && typeof idx === "string")
          idx = Number(idx);
        return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
      }
      exports.YAMLSeq = YAMLSeq;
    })
  ),
  /***/
  97104: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var log = __nccwpck_require__2(57249);
      var merge = __nccwpck_require__2(90452);
      var stringify = __nccwpck_require__2(2148);
      var identity = __nccwpck_require__2(41127);
      var toJS = __nccwpck_require__2(74043);
      function addPairToJSMap(ctx, map, { key, value }) {
        if (identity.isNode(key) && key.addToJSMap)
          key.addToJSMap(ctx, map, value);
        else if (merge.isMergeKey(ctx, key))
          merge.addMergeToJSMap(ctx, map, value);
        else {
          const jsKey = toJS.toJS(key, "", ctx);
          if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
          } else if (map instanceof Set) {
            map.add(jsKey);
          } else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
              Object.defineProperty(map, stringKey, {
                value: jsValue,
                writable: true,
                enumerable: true,
                configurable: true
              });
            else
              map[stringKey] = jsValue;
          }
        }
        return map;
      }
      function stringifyKey(key, jsKey, ctx) {
        if (jsKey === null)
          return "";
        if (typeof jsKey !== "object")
          return String(jsKey);
        if (identity.isNode(key) && ctx?.doc) {
          const strCtx = stringify.createStringifyContext(ctx.doc, {});
          strCtx.anchors = /* @__PURE__ */ new Set();
          for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
          strCtx.inFlow = true;
          strCtx.inStringifyKey = true;
          const strKey = key.toString(strCtx);
          if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
              jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
          }
          return strKey;
        }
        return JSON.stringify(jsKey);
      }
      exports.addPairToJSMap = addPairToJSMap;
    })
  ),
  /***/
  41127: (
    /***/
    ((__unused_webpack_module, exports) => {
      const ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
      const DOC = /* @__PURE__ */ Symbol.for("yaml.document");
      const MAP = /* @__PURE__ */ Symbol.for("yaml.map");
      const PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
      const SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
      const SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
      const NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
      const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
      const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
      const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
      const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
      const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
      const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
      function isCollection(node) {
        if (node && typeof node === "object")
          switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
              return true;
          }
        return false;
      }
      function isNode(node) {
        if (node && typeof node === "object")
          switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
              return true;
          }
        return false;
      }
      const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
      exports.ALIAS = ALIAS;
      exports.DOC = DOC;
      exports.MAP = MAP;
      exports.NODE_TYPE = NODE_TYPE;
      exports.PAIR = PAIR;
      exports.SCALAR = SCALAR;
      exports.SEQ = SEQ;
      exports.hasAnchor = hasAnchor;
      exports.isAlias = isAlias;
      exports.isCollection = isCollection;
      exports.isDocument = isDocument;
      exports.isMap = isMap;
      exports.isNode = isNode;
      exports.isPair = isPair;
      exports.isScalar = isScalar;
      exports.isSeq = isSeq;
    })
  ),
  /***/
  74043: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      function toJS(value, arg, ctx) {
        if (Array.isArray(value))
          return value.map((v, i) => toJS(v, String(i), ctx));
        if (value && typeof value.toJSON === "function") {
          if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
          const data = { aliasCount: 0, count: 1, res: void 0 };
          ctx.anchors.set(value, data);
          ctx.onCreate = (res2) => {
            data.res = res2;
            delete ctx.onCreate;
          };
          const res = value.toJSON(arg, ctx);
          if (ctx.onCreate)
            ctx.onCreate(res);
          return res;
        }
        if (typeof value === "bigint" && !ctx?.keep)
          return Number(value);
        return value;
      }
      exports.toJS = toJS;
    })
  ),
  /***/
  60110: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var resolveBlockScalar = __nccwpck_require__2(48913);
      var resolveFlowScalar = __nccwpck_require__2(76842);
      var errors = __nccwpck_require__2(91464);
      var stringifyString = __nccwpck_require__2(83069);
      function resolveAsScalar(token, strict = true, onError) {
        if (token) {
          const _onError = (pos, code, message) => {
            const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
              onError(offset, code, message);
            else
              throw new errors.YAMLParseError([offset, offset + 1], code, message);
          };
          switch (token.type) {
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case "block-scalar":
              return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
          }
        }
        return null;
      }
      function createScalarToken(value, context) {
        const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
        const source = stringifyString.stringifyString({ type, value }, {
          implicitKey,
          indent: indent > 0 ? " ".repeat(indent) : "",
          inFlow,
          options: { blockQuote: true, lineWidth: -1 }
        });
        const end = context.end ?? [
          { type: "newline", offset: -1, indent, source: "\n" }
        ];
        switch (source[0]) {
          case "|":
          case ">": {
            const he = source.indexOf("\n");
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + "\n";
            const props = [
              { type: "block-scalar-header", offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
              props.push({ type: "newline", offset: -1, indent, source: "\n" });
            return { type: "block-scalar", offset, indent, props, source: body };
          }
          case '"':
            return { type: "double-quoted-scalar", offset, indent, source, end };
          case "'":
            return { type: "single-quoted-scalar", offset, indent, source, end };
          default:
            return { type: "scalar", offset, indent, source, end };
        }
      }
      function setScalarValue(token, value, context = {}) {
        let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
        let indent = "indent" in token ? token.indent : null;
        if (afterKey && typeof indent === "number")
          indent += 2;
        if (!type)
          switch (token.type) {
            case "single-quoted-scalar":
              type = "QUOTE_SINGLE";
              break;
            case "double-quoted-scalar":
              type = "QUOTE_DOUBLE";
              break;
            case "block-scalar": {
              const header = token.props[0];
              if (header.type !== "block-scalar-header")
                throw new Error("Invalid block scalar header");
              type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
              break;
            }
            default:
              type = "PLAIN";
          }
        const source = stringifyString.stringifyString({ type, value }, {
          implicitKey: implicitKey || indent === null,
          indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
          inFlow,
          options: { blockQuote: true, lineWidth: -1 }
        });
        switch (source[0]) {
          case "|":
          case ">":
            setBlockScalarValue(token, source);
            break;
          case '"':
            setFlowScalarValue(token, source, "double-quoted-scalar");
            break;
          case "'":
            setFlowScalarValue(token, source, "single-quoted-scalar");
            break;
          default:
            setFlowScalarValue(token, source, "scalar");
        }
      }
      function setBlockScalarValue(token, source) {
        const he = source.indexOf("\n");
        const head = source.substring(0, he);
        const body = source.substring(he + 1) + "\n";
        if (token.type === "block-scalar") {
          const header = token.props[0];
          if (header.type !== "block-scalar-header")
            throw new Error("Invalid block scalar header");
          header.source = head;
          token.source = body;
        } else {
          const { offset } = token;
          const indent = "indent" in token ? token.indent : -1;
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: "block-scalar", indent, props, source: body });
        }
      }
      function addEndtoBlockProps(props, end) {
        if (end)
          for (const st of end)
            switch (st.type) {
              case "space":
              case "comment":
                props.push(st);
                break;
              case "newline":
                props.push(st);
                return true;
            }
        return false;
      }
      function setFlowScalarValue(token, source, type) {
        switch (token.type) {
          case "scalar":
          case "double-quoted-scalar":
          case "single-quoted-scalar":
            token.type = type;
            token.source = source;
            break;
          case "block-scalar": {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === "block-scalar-header")
              oa -= token.props[0].source.length;
            for (const tok of end)
              tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
          }
          case "block-map":
          case "block-seq": {
            const offset = token.offset + source.length;
            const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
          }
          default: {
            const indent = "indent" in token ? token.indent : -1;
            const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
            for (const key of Object.keys(token))
              if (key !== "type" && key !== "offset")
                delete token[key];
            Object.assign(token, { type, indent, source, end });
          }
        }
      }
      exports.createScalarToken = createScalarToken;
      exports.resolveAsScalar = resolveAsScalar;
      exports.setScalarValue = setScalarValue;
    })
  ),
  /***/
  91733: (
    /***/
    ((__unused_webpack_module, exports) => {
      const stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
      function stringifyToken(token) {
        switch (token.type) {
          case "block-scalar": {
            let res = "";
            for (const tok of token.props)
              res += stringifyToken(tok);
            return res + token.source;
          }
          case "block-map":
          case "block-seq": {
            let res = "";
            for (const item of token.items)
              res += stringifyItem(item);
            return res;
          }
          case "flow-collection": {
            let res = token.start.source;
            for (const item of token.items)
              res += stringifyItem(item);
            for (const st of token.end)
              res += st.source;
            return res;
          }
          case "document": {
            let res = stringifyItem(token);
            if (token.end)
              for (const st of token.end)
                res += st.source;
            return res;
          }
          default: {
            let res = token.source;
            if ("end" in token && token.end)
              for (const st of token.end)
                res += st.source;
            return res;
          }
        }
      }
      function stringifyItem({ start, key, sep, value }) {
        let res = "";
        for (const st of start)
          res += st.source;
        if (key)
          res += stringifyToken(key);
        if (sep)
          for (const st of sep)
            res += st.source;
        if (value)
          res += stringifyToken(value);
        return res;
      }
      exports.stringify = stringify;
    })
  ),
  /***/
  97715: (
    /***/
    ((__unused_webpack_module, exports) => {
      const BREAK = /* @__PURE__ */ Symbol("break visit");
      const SKIP = /* @__PURE__ */ Symbol("skip children");
      const REMOVE = /* @__PURE__ */ Symbol("remove item");
      function visit(cst, visitor) {
        if ("type" in cst && cst.type === "document")
          cst = { start: cst.start, value: cst.value };
        _visit(Object.freeze([]), cst, visitor);
      }
      visit.BREAK = BREAK;
      visit.SKIP = SKIP;
      visit.REMOVE = REMOVE;
      visit.itemAtPath = (cst, path2) => {
        let item = cst;
        for (const [field, index] of path2) {
          const tok = item?.[field];
          if (tok && "items" in tok) {
            item = tok.items[index];
          } else
            return void 0;
        }
        return item;
      };
      visit.parentCollection = (cst, path2) => {
        const parent = visit.itemAtPath(cst, path2.slice(0, -1));
        const field = path2[path2.length - 1][0];
        const coll = parent?.[field];
        if (coll && "items" in coll)
          return coll;
        throw new Error("Parent collection not found");
      };
      function _visit(path2, item, visitor) {
        let ctrl = visitor(item, path2);
        if (typeof ctrl === "symbol")
          return ctrl;
        for (const field of ["key", "value"]) {
          const token = item[field];
          if (token && "items" in token) {
            for (let i = 0; i < token.items.length; ++i) {
              const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                token.items.splice(i, 1);
                i -= 1;
              }
            }
            if (typeof ctrl === "function" && field === "key")
              ctrl = ctrl(item, path2);
          }
        }
        return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
      }
      exports.visit = visit;
    })
  ),
  /***/
  3461: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var cstScalar = __nccwpck_require__2(60110);
      var cstStringify = __nccwpck_require__2(91733);
      var cstVisit = __nccwpck_require__2(97715);
      const BOM = "\uFEFF";
      const DOCUMENT = "";
      const FLOW_END = "";
      const SCALAR = "";
      const isCollection = (token) => !!token && "items" in token;
      const isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
      function prettyToken(token) {
        switch (token) {
          case BOM:
            return "<BOM>";
          case DOCUMENT:
            return "<DOC>";
          case FLOW_END:
            return "<FLOW_END>";
          case SCALAR:
            return "<SCALAR>";
          default:
            return JSON.stringify(token);
        }
      }
      function tokenType(source) {
        switch (source) {
          case BOM:
            return "byte-order-mark";
          case DOCUMENT:
            return "doc-mode";
          case FLOW_END:
            return "flow-error-end";
          case SCALAR:
            return "scalar";
          case "---":
            return "doc-start";
          case "...":
            return "doc-end";
          case "":
          case "\n":
          case "\r\n":
            return "newline";
          case "-":
            return "seq-item-ind";
          case "?":
            return "explicit-key-ind";
          case ":":
            return "map-value-ind";
          case "{":
            return "flow-map-start";
          case "}":
            return "flow-map-end";
          case "[":
            return "flow-seq-start";
          case "]":
            return "flow-seq-end";
          case ",":
            return "comma";
        }
        switch (source[0]) {
          case " ":
          case "	":
            return "space";
          case "#":
            return "comment";
          case "%":
            return "directive-line";
          case "*":
            return "alias";
          case "&":
            return "anchor";
          case "!":
            return "tag";
          case "'":
            return "single-quoted-scalar";
          case '"':
            return "double-quoted-scalar";
          case "|":
          case ">":
            return "block-scalar-header";
        }
        return null;
      }
      exports.createScalarToken = cstScalar.createScalarToken;
      exports.resolveAsScalar = cstScalar.resolveAsScalar;
      exports.setScalarValue = cstScalar.setScalarValue;
      exports.stringify = cstStringify.stringify;
      exports.visit = cstVisit.visit;
      exports.BOM = BOM;
      exports.DOCUMENT = DOCUMENT;
      exports.FLOW_END = FLOW_END;
      exports.SCALAR = SCALAR;
      exports.isCollection = isCollection;
      exports.isScalar = isScalar;
      exports.prettyToken = prettyToken;
      exports.tokenType = tokenType;
    })
  ),
  /***/
  40361: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var cst = __nccwpck_require__2(3461);
      function isEmpty(ch) {
        switch (ch) {
          case void 0:
          case " ":
          case "\n":
          case "\r":
          case "	":
            return true;
          default:
            return false;
        }
      }
      const hexDigits = new Set("0123456789ABCDEFabcdef");
      const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
      const flowIndicatorChars = new Set(",[]{}");
      const invalidAnchorChars = new Set(" ,[]{}\n\r	");
      const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
      class Lexer {
        constructor() {
          this.atEnd = false;
          this.blockScalarIndent = -1;
          this.blockScalarKeep = false;
          this.buffer = "";
          this.flowKey = false;
          this.flowLevel = 0;
          this.indentNext = 0;
          this.indentValue = 0;
          this.lineEndPos = null;
          this.next = null;
          this.pos = 0;
        }
        /**
         * Generate YAML tokens from the `source` string. If `incomplete`,
         * a part of the last line may be left as a buffer for the next call.
         *
         * @returns A generator of lexical tokens
         */
        *lex(source, incomplete = false) {
          if (source) {
            if (typeof source !== "string")
              throw TypeError("source is not a string");
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
          }
          this.atEnd = !incomplete;
          let next = this.next ?? "stream";
          while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
        }
        atLineEnd() {
          let i = this.pos;
          let ch = this.buffer[i];
          while (ch === " " || ch === "	")
            ch = this.buffer[++i];
          if (!ch || ch === "#" || ch === "\n")
            return true;
          if (ch === "\r")
            return this.buffer[i + 1] === "\n";
          return false;
        }
        charAt(n) {
          return this.buffer[this.pos + n];
        }
        continueScalar(offset) {
          let ch = this.buffer[offset];
          if (this.indentNext > 0) {
            let indent = 0;
            while (ch === " ")
              ch = this.buffer[++indent + offset];
            if (ch === "\r") {
              const next = this.buffer[indent + offset + 1];
              if (next === "\n" || !next && !this.atEnd)
                return offset + indent + 1;
            }
            return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
          }
          if (ch === "-" || ch === ".") {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
              return -1;
          }
          return offset;
        }
        getLine() {
          let end = this.lineEndPos;
          if (typeof end !== "number" || end !== -1 && end < this.pos) {
            end = this.buffer.indexOf("\n", this.pos);
            this.lineEndPos = end;
          }
          if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
          if (this.buffer[end - 1] === "\r")
            end -= 1;
          return this.buffer.substring(this.pos, end);
        }
        hasChars(n) {
          return this.pos + n <= this.buffer.length;
        }
        setNext(state) {
          this.buffer = this.buffer.substring(this.pos);
          this.pos = 0;
          this.lineEndPos = null;
          this.next = state;
          return null;
        }
        peek(n) {
          return this.buffer.substr(this.pos, n);
        }
        *parseNext(next) {
          switch (next) {
            case "stream":
              return yield* this.parseStream();
            case "line-start":
              return yield* this.parseLineStart();
            case "block-start":
              return yield* this.parseBlockStart();
            case "doc":
              return yield* this.parseDocument();
            case "flow":
              return yield* this.parseFlowCollection();
            case "quoted-scalar":
              return yield* this.parseQuotedScalar();
            case "block-scalar":
              return yield* this.parseBlockScalar();
            case "plain-scalar":
              return yield* this.parsePlainScalar();
          }
        }
        *parseStream() {
          let line = this.getLine();
          if (line === null)
            return this.setNext("stream");
          if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
          }
          if (line[0] === "%") {
            let dirEnd = line.length;
            let cs = line.indexOf("#");
            while (cs !== -1) {
              const ch = line[cs - 1];
              if (ch === " " || ch === "	") {
                dirEnd = cs - 1;
                break;
              } else {
                cs = line.indexOf("#", cs + 1);
              }
            }
            while (true) {
              const ch = line[dirEnd - 1];
              if (ch === " " || ch === "	")
                dirEnd -= 1;
              else
                break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n);
            this.pushNewline();
            return "stream";
          }
          if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return "stream";
          }
          yield cst.DOCUMENT;
          return yield* this.parseLineStart();
        }
        *parseLineStart() {
          const ch = this.charAt(0);
          if (!ch && !this.atEnd)
            return this.setNext("line-start");
          if (ch === "-" || ch === ".") {
            if (!this.atEnd && !this.hasChars(4))
              return this.setNext("line-start");
            const s = this.peek(3);
            if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
              yield* this.pushCount(3);
              this.indentValue = 0;
              this.indentNext = 0;
              return s === "---" ? "doc" : "stream";
            }
          }
          this.indentValue = yield* this.pushSpaces(false);
          if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
          return yield* this.parseBlockStart();
        }
        *parseBlockStart() {
          const [ch0, ch1] = this.peek(2);
          if (!ch1 && !this.atEnd)
            return this.setNext("block-start");
          if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return "block-start";
          }
          return "doc";
        }
        *parseDocument() {
          yield* this.pushSpaces(true);
          const line = this.getLine();
          if (line === null)
            return this.setNext("doc");
          let n = yield* this.pushIndicators();
          switch (line[n]) {
            case "#":
              yield* this.pushCount(line.length - n);
            // fallthrough
            case void 0:
              yield* this.pushNewline();
              return yield* this.parseLineStart();
            case "{":
            case "[":
              yield* this.pushCount(1);
              this.flowKey = false;
              this.flowLevel = 1;
              return "flow";
            case "}":
            case "]":
              yield* this.pushCount(1);
              return "doc";
            case "*":
              yield* this.pushUntil(isNotAnchorChar);
              return "doc";
            case '"':
            case "'":
              return yield* this.parseQuotedScalar();
            case "|":
            case ">":
              n += yield* this.parseBlockScalarHeader();
              n += yield* this.pushSpaces(true);
              yield* this.pushCount(line.length - n);
              yield* this.pushNewline();
              return yield* this.parseBlockScalar();
            default:
              return yield* this.parsePlainScalar();
          }
        }
        *parseFlowCollection() {
          let nl, sp;
          let indent = -1;
          do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
              sp = yield* this.pushSpaces(false);
              this.indentValue = indent = sp;
            } else {
              sp = 0;
            }
            sp += yield* this.pushSpaces(true);
          } while (nl + sp > 0);
          const line = this.getLine();
          if (line === null)
            return this.setNext("flow");
          if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
            const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
            if (!atFlowEndMarker) {
              this.flowLevel = 0;
              yield cst.FLOW_END;
              return yield* this.parseLineStart();
            }
          }
          let n = 0;
          while (line[n] === ",") {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
          }
          n += yield* this.pushIndicators();
          switch (line[n]) {
            case void 0:
              return "flow";
            case "#":
              yield* this.pushCount(line.length - n);
              return "flow";
            case "{":
            case "[":
              yield* this.pushCount(1);
              this.flowKey = false;
              this.flowLevel += 1;
              return "flow";
            case "}":
            case "]":
              yield* this.pushCount(1);
              this.flowKey = true;
              this.flowLevel -= 1;
              return this.flowLevel ? "flow" : "doc";
            case "*":
              yield* this.pushUntil(isNotAnchorChar);
              return "flow";
            case '"':
            case "'":
              this.flowKey = true;
              return yield* this.parseQuotedScalar();
            case ":": {
              const next = this.charAt(1);
              if (this.flowKey || isEmpty(next) || next === ",") {
                this.flowKey = false;
                yield* this.pushCount(1);
                yield* this.pushSpaces(true);
                return "flow";
              }
            }
            // fallthrough
            default:
              this.flowKey = false;
              return yield* this.parsePlainScalar();
          }
        }
        *parseQuotedScalar() {
          const quote = this.charAt(0);
          let end = this.buffer.indexOf(quote, this.pos + 1);
          if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
              end = this.buffer.indexOf("'", end + 2);
          } else {
            while (end !== -1) {
              let n = 0;
              while (this.buffer[end - 1 - n] === "\\")
                n += 1;
              if (n % 2 === 0)
                break;
              end = this.buffer.indexOf('"', end + 1);
            }
          }
          const qb = this.buffer.substring(0, end);
          let nl = qb.indexOf("\n", this.pos);
          if (nl !== -1) {
            while (nl !== -1) {
              const cs = this.continueScalar(nl + 1);
              if (cs === -1)
                break;
              nl = qb.indexOf("\n", cs);
            }
            if (nl !== -1) {
              end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
            }
          }
          if (end === -1) {
            if (!this.atEnd)
              return this.setNext("quoted-scalar");
            end = this.buffer.length;
          }
          yield* this.pushToIndex(end + 1, false);
          return this.flowLevel ? "flow" : "doc";
        }
        *parseBlockScalarHeader() {
          this.blockScalarIndent = -1;
          this.blockScalarKeep = false;
          let i = this.pos;
          while (true) {
            const ch = this.buffer[++i];
            if (ch === "+")
              this.blockScalarKeep = true;
            else if (ch > "0" && ch <= "9")
              this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== "-")
              break;
          }
          return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
        }
        *parseBlockScalar() {
          let nl = this.pos - 1;
          let indent = 0;
          let ch;
          loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
            switch (ch) {
              case " ":
                indent += 1;
                break;
              case "\n":
                nl = i2;
                indent = 0;
                break;
              case "\r": {
                const next = this.buffer[i2 + 1];
                if (!next && !this.atEnd)
                  return this.setNext("block-scalar");
                if (next === "\n")
                  break;
              }
              // fallthrough
              default:
                break loop;
            }
          }
          if (!ch && !this.atEnd)
            return this.setNext("block-scalar");
          if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
              this.indentNext = indent;
            else {
              this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
              const cs = this.continueScalar(nl + 1);
              if (cs === -1)
                break;
              nl = this.buffer.indexOf("\n", cs);
            } while (nl !== -1);
            if (nl === -1) {
              if (!this.atEnd)
                return this.setNext("block-scalar");
              nl = this.buffer.length;
            }
          }
          let i = nl + 1;
          ch = this.buffer[i];
          while (ch === " ")
            ch = this.buffer[++i];
          if (ch === "	") {
            while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
              ch = this.buffer[++i];
            nl = i - 1;
          } else if (!this.blockScalarKeep) {
            do {
              let i2 = nl - 1;
              let ch2 = this.buffer[i2];
              if (ch2 === "\r")
                ch2 = this.buffer[--i2];
              const lastChar = i2;
              while (ch2 === " ")
                ch2 = this.buffer[--i2];
              if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
                nl = i2;
              else
                break;
            } while (true);
          }
          yield cst.SCALAR;
          yield* this.pushToIndex(nl + 1, true);
          return yield* this.parseLineStart();
        }
        *parsePlainScalar() {
          const inFlow = this.flowLevel > 0;
          let end = this.pos - 1;
          let i = this.pos - 1;
          let ch;
          while (ch = this.buffer[++i]) {
            if (ch === ":") {
              const next = this.buffer[i + 1];
              if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
                break;
              end = i;
            } else if (isEmpty(ch)) {
              let next = this.buffer[i + 1];
              if (ch === "\r") {
                if (next === "\n") {
                  i += 1;
                  ch = "\n";
                  next = this.buffer[i + 1];
                } else
                  end = i;
              }
              if (next === "#" || inFlow && flowIndicatorChars.has(next))
                break;
              if (ch === "\n") {
                const cs = this.continueScalar(i + 1);
                if (cs === -1)
                  break;
                i = Math.max(i, cs - 2);
              }
            } else {
              if (inFlow && flowIndicatorChars.has(ch))
                break;
              end = i;
            }
          }
          if (!ch && !this.atEnd)
            return this.setNext("plain-scalar");
          yield cst.SCALAR;
          yield* this.pushToIndex(end + 1, true);
          return inFlow ? "flow" : "doc";
        }
        *pushCount(n) {
          if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
          }
          return 0;
        }
        *pushToIndex(i, allowEmpty) {
          const s = this.buffer.slice(this.pos, i);
          if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
          } else if (allowEmpty)
            yield "";
          return 0;
        }
        *pushIndicators() {
          let n = 0;
          loop: while (true) {
            switch (this.charAt(0)) {
              case "!":
                n += yield* this.pushTag();
                n += yield* this.pushSpaces(true);
                continue loop;
              case "&":
                n += yield* this.pushUntil(isNotAnchorChar);
                n += yield* this.pushSpaces(true);
                continue loop;
              case "-":
              // this is an error
              case "?":
              // this is an error outside flow collections
              case ":": {
                const inFlow = this.flowLevel > 0;
                const ch1 = this.charAt(1);
                if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                  if (!inFlow)
                    this.indentNext = this.indentValue + 1;
                  else if (this.flowKey)
                    this.flowKey = false;
                  n += yield* this.pushCount(1);
                  n += yield* this.pushSpaces(true);
                  continue loop;
                }
              }
            }
            break loop;
          }
          return n;
        }
        *pushTag() {
          if (this.charAt(1) === "<") {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== ">")
              ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
          } else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
              if (tagChars.has(ch))
                ch = this.buffer[++i];
              else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
                ch = this.buffer[i += 3];
              } else
                break;
            }
            return yield* this.pushToIndex(i, false);
          }
        }
        *pushNewline() {
          const ch = this.buffer[this.pos];
          if (ch === "\n")
            return yield* this.pushCount(1);
          else if (ch === "\r" && this.charAt(1) === "\n")
            return yield* this.pushCount(2);
          else
            return 0;
        }
        *pushSpaces(allowTabs) {
          let i = this.pos - 1;
          let ch;
          do {
            ch = this.buffer[++i];
          } while (ch === " " || allowTabs && ch === "	");
          const n = i - this.pos;
          if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
          }
          return n;
        }
        *pushUntil(test) {
          let i = this.pos;
          let ch = this.buffer[i];
          while (!test(ch))
            ch = this.buffer[++i];
          return yield* this.pushToIndex(i, false);
        }
      }
      exports.Lexer = Lexer;
    })
  ),
  /***/
  66628: (
    /***/
    ((__unused_webpack_module, exports) => {
      class LineCounter {
        constructor() {
          this.lineStarts = [];
          this.addNewLine = (offset) => this.lineStarts.push(offset);
          this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
              const mid = low + high >> 1;
              if (this.lineStarts[mid] < offset)
                low = mid + 1;
              else
                high = mid;
            }
            if (this.lineStarts[low] === offset)
              return { line: low + 1, col: 1 };
            if (low === 0)
              return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
          };
        }
      }
      exports.LineCounter = LineCounter;
    })
  ),
  /***/
  3456: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      var cst = __nccwpck_require__2(3461);
      var lexer = __nccwpck_require__2(40361);
      function includesToken(list, type) {
        for (let i = 0; i < list.length; ++i)
          if (list[i].type === type)
            return true;
        return false;
      }
      function findNonEmptyIndex(list) {
        for (let i = 0; i < list.length; ++i) {
          switch (list[i].type) {
            case "space":
            case "comment":
            case "newline":
              break;
            default:
              return i;
          }
        }
        return -1;
      }
      function isFlowToken(token) {
        switch (token?.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
          case "flow-collection":
            return true;
          default:
            return false;
        }
      }
      function getPrevProps(parent) {
        switch (parent.type) {
          case "document":
            return parent.start;
          case "block-map": {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
          }
          case "block-seq":
            return parent.items[parent.items.length - 1].start;
          /* istanbul ignore next should not happen */
          default:
            return [];
        }
      }
      function getFirstKeyStartProps(prev) {
        if (prev.length === 0)
          return [];
        let i = prev.length;
        loop: while (--i >= 0) {
          switch (prev[i].type) {
            case "doc-start":
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
            case "newline":
              break loop;
          }
        }
        while (prev[++i]?.type === "space") {
        }
        return prev.splice(i, prev.length);
      }
      function arrayPushArray(target, source) {
        if (source.length < 1e5)
          Array.prototype.push.apply(target, source);
        else
          for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
      }
      function fixFlowSeqItems(fc) {
        if (fc.start.type === "flow-seq-start") {
          for (const it of fc.items) {
            if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
              if (it.key)
                it.value = it.key;
              delete it.key;
              if (isFlowToken(it.value)) {
                if (it.value.end)
                  arrayPushArray(it.value.end, it.sep);
                else
                  it.value.end = it.sep;
              } else
                arrayPushArray(it.start, it.sep);
              delete it.sep;
            }
          }
        }
      }
      class Parser {
        /**
         * @param onNewLine - If defined, called separately with the start position of
         *   each new line (in `parse()`, including the start of input).
         */
        constructor(onNewLine) {
          this.atNewLine = true;
          this.atScalar = false;
          this.indent = 0;
          this.offset = 0;
          this.onKeyLine = false;
          this.stack = [];
          this.source = "";
          this.type = "";
          this.lexer = new lexer.Lexer();
          this.onNewLine = onNewLine;
        }
        /**
         * Parse `source` as a YAML stream.
         * If `incomplete`, a part of the last line may be left as a buffer for the next call.
         *
         * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
         *
         * @returns A generator of tokens representing each directive, document, and other structure.
         */
        *parse(source, incomplete = false) {
          if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
          for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
          if (!incomplete)
            yield* this.end();
        }
        /**
         * Advance the parser by the `source` of one lexical token.
         */
        *next(source) {
          this.source = source;
          if (node_process.env.LOG_TOKENS)
            console.log("|", cst.prettyToken(source));
          if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
          }
          const type = cst.tokenType(source);
          if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: "error", offset: this.offset, message, source });
            this.offset += source.length;
          } else if (type === "scalar") {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = "scalar";
          } else {
            this.type = type;
            yield* this.step();
            switch (type) {
              case "newline":
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine)
                  this.onNewLine(this.offset + source.length);
                break;
              case "space":
                if (this.atNewLine && source[0] === " ")
                  this.indent += source.length;
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                if (this.atNewLine)
                  this.indent += source.length;
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = false;
            }
            this.offset += source.length;
          }
        }
        /** Call at end of input to push out any remaining constructions */
        *end() {
          while (this.stack.length > 0)
            yield* this.pop();
        }
        get sourceToken() {
          const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
          };
          return st;
        }
        *step() {
          const top = this.peek(1);
          if (this.type === "doc-end" && top?.type !== "doc-end") {
            while (this.stack.length > 0)
              yield* this.pop();
            this.stack.push({
              type: "doc-end",
              offset: this.offset,
              source: this.source
            });
            return;
          }
          if (!top)
            return yield* this.stream();
          switch (top.type) {
            case "document":
              return yield* this.document(top);
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return yield* this.scalar(top);
            case "block-scalar":
              return yield* this.blockScalar(top);
            case "block-map":
              return yield* this.blockMap(top);
            case "block-seq":
              return yield* this.blockSequence(top);
            case "flow-collection":
              return yield* this.flowCollection(top);
            case "doc-end":
              return yield* this.documentEnd(top);
          }
          yield* this.pop();
        }
        peek(n) {
          return this.stack[this.stack.length - n];
        }
        *pop(error) {
          const token = error ?? this.stack.pop();
          if (!token) {
            const message = "Tried to pop an empty stack";
            yield { type: "error", offset: this.offset, source: "", message };
          } else if (this.stack.length === 0) {
            yield token;
          } else {
            const top = this.peek(1);
            if (token.type === "block-scalar") {
              token.indent = "indent" in top ? top.indent : 0;
            } else if (token.type === "flow-collection" && top.type === "document") {
              token.indent = 0;
            }
            if (token.type === "flow-collection")
              fixFlowSeqItems(token);
            switch (top.type) {
              case "document":
                top.value = token;
                break;
              case "block-scalar":
                top.props.push(token);
                break;
              case "block-map": {
                const it = top.items[top.items.length - 1];
                if (it.value) {
                  top.items.push({ start: [], key: token, sep: [] });
                  this.onKeyLine = true;
                  return;
                } else if (it.sep) {
                  it.value = token;
                } else {
                  Object.assign(it, { key: token, sep: [] });
                  this.onKeyLine = !it.explicitKey;
                  return;
                }
                break;
              }
              case "block-seq": {
                const it = top.items[top.items.length - 1];
                if (it.value)
                  top.items.push({ start: [], value: token });
                else
                  it.value = token;
                break;
              }
              case "flow-collection": {
                const it = top.items[top.items.length - 1];
                if (!it || it.value)
                  top.items.push({ start: [], key: token, sep: [] });
                else if (it.sep)
                  it.value = token;
                else
                  Object.assign(it, { key: token, sep: [] });
                return;
              }
              /* istanbul ignore next should not happen */
              default:
                yield* this.pop();
                yield* this.pop(token);
            }
            if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
              const last = token.items[token.items.length - 1];
              if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
                if (top.type === "document")
                  top.end = last.start;
                else
                  top.items.push({ start: last.start });
                token.items.splice(-1, 1);
              }
            }
          }
        }
        *stream() {
          switch (this.type) {
            case "directive-line":
              yield { type: "directive", offset: this.offset, source: this.source };
              return;
            case "byte-order-mark":
            case "space":
            case "comment":
            case "newline":
              yield this.sourceToken;
              return;
            case "doc-mode":
            case "doc-start": {
              const doc = {
                type: "document",
                offset: this.offset,
                start: []
              };
              if (this.type === "doc-start")
                doc.start.push(this.sourceToken);
              this.stack.push(doc);
              return;
            }
          }
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
          };
        }
        *document(doc) {
          if (doc.value)
            return yield* this.lineEnd(doc);
          switch (this.type) {
            case "doc-start": {
              if (findNonEmptyIndex(doc.start) !== -1) {
                yield* this.pop();
                yield* this.step();
              } else
                doc.start.push(this.sourceToken);
              return;
            }
            case "anchor":
            case "tag":
            case "space":
            case "comment":
            case "newline":
              doc.start.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(doc);
          if (bv)
            this.stack.push(bv);
          else {
            yield {
              type: "error",
              offset: this.offset,
              message: `Unexpected ${this.type} token in YAML document`,
              source: this.source
            };
          }
        }
        *scalar(scalar) {
          if (this.type === "map-value-ind") {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
              sep = scalar.end;
              sep.push(this.sourceToken);
              delete scalar.end;
            } else
              sep = [this.sourceToken];
            const map = {
              type: "block-map",
              offset: scalar.offset,
              indent: scalar.indent,
              items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(scalar);
        }
        *blockScalar(scalar) {
          switch (this.type) {
            case "space":
            case "comment":
            case "newline":
              scalar.props.push(this.sourceToken);
              return;
            case "scalar":
              scalar.source = this.source;
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine) {
                let nl = this.source.indexOf("\n") + 1;
                while (nl !== 0) {
                  this.onNewLine(this.offset + nl);
                  nl = this.source.indexOf("\n", nl) + 1;
                }
              }
              yield* this.pop();
              break;
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.step();
          }
        }
        *blockMap(map) {
          const it = map.items[map.items.length - 1];
          switch (this.type) {
            case "newline":
              this.onKeyLine = false;
              if (it.value) {
                const end = "end" in it.value ? it.value.end : void 0;
                const last = Array.isArray(end) ? end[end.length - 1] : void 0;
                if (last?.type === "comment")
                  end?.push(this.sourceToken);
                else
                  map.items.push({ start: [this.sourceToken] });
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "space":
            case "comment":
              if (it.value) {
                map.items.push({ start: [this.sourceToken] });
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                if (this.atIndentedComment(it.start, map.indent)) {
                  const prev = map.items[map.items.length - 2];
                  const end = prev?.value?.end;
                  if (Array.isArray(end)) {
                    arrayPushArray(end, it.start);
                    end.push(this.sourceToken);
                    map.items.pop();
                    return;
                  }
                }
                it.start.push(this.sourceToken);
              }
              return;
          }
          if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
            let start = [];
            if (atNextItem && it.sep && !it.value) {
              const nl = [];
              for (let i = 0; i < it.sep.length; ++i) {
                const st = it.sep[i];
                switch (st.type) {
                  case "newline":
                    nl.push(i);
                    break;
                  case "space":
                    break;
                  case "comment":
                    if (st.indent > map.indent)
                      nl.length = 0;
                    break;
                  default:
                    nl.length = 0;
                }
              }
              if (nl.length >= 2)
                start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
              case "anchor":
              case "tag":
                if (atNextItem || it.value) {
                  start.push(this.sourceToken);
                  map.items.push({ start });
                  this.onKeyLine = true;
                } else if (it.sep) {
                  it.sep.push(this.sourceToken);
                } else {
                  it.start.push(this.sourceToken);
                }
                return;
              case "explicit-key-ind":
                if (!it.sep && !it.explicitKey) {
                  it.start.push(this.sourceToken);
                  it.explicitKey = true;
                } else if (atNextItem || it.value) {
                  start.push(this.sourceToken);
                  map.items.push({ start, explicitKey: true });
                } else {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken], explicitKey: true }]
                  });
                }
                this.onKeyLine = true;
                return;
              case "map-value-ind":
                if (it.explicitKey) {
                  if (!it.sep) {
                    if (includesToken(it.start, "newline")) {
                      Object.assign(it, { key: null, sep: [this.sourceToken] });
                    } else {
                      const start2 = getFirstKeyStartProps(it.start);
                      this.stack.push({
                        type: "block-map",
                        offset: this.offset,
                        indent: this.indent,
                        items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                      });
                    }
                  } else if (it.value) {
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  } else if (includesToken(it.sep, "map-value-ind")) {
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    const start2 = getFirstKeyStartProps(it.start);
                    const key = it.key;
                    const sep = it.sep;
                    sep.push(this.sourceToken);
                    delete it.key;
                    delete it.sep;
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else if (start.length > 0) {
                    it.sep = it.sep.concat(start, this.sourceToken);
                  } else {
                    it.sep.push(this.sourceToken);
                  }
                } else {
                  if (!it.sep) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else if (it.value || atNextItem) {
                    map.items.push({ start, key: null, sep: [this.sourceToken] });
                  } else if (includesToken(it.sep, "map-value-ind")) {
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: [], key: null, sep: [this.sourceToken] }]
                    });
                  } else {
                    it.sep.push(this.sourceToken);
                  }
                }
                this.onKeyLine = true;
                return;
              case "alias":
              case "scalar":
              case "single-quoted-scalar":
              case "double-quoted-scalar": {
                const fs = this.flowScalar(this.type);
                if (atNextItem || it.value) {
                  map.items.push({ start, key: fs, sep: [] });
                  this.onKeyLine = true;
                } else if (it.sep) {
                  this.stack.push(fs);
                } else {
                  Object.assign(it, { key: fs, sep: [] });
                  this.onKeyLine = true;
                }
                return;
              }
              default: {
                const bv = this.startBlockValue(map);
                if (bv) {
                  if (bv.type === "block-seq") {
                    if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                      yield* this.pop({
                        type: "error",
                        offset: this.offset,
                        message: "Unexpected block-seq-ind on same line with key",
                        source: this.source
                      });
                      return;
                    }
                  } else if (atMapIndent) {
                    map.items.push({ start });
                  }
                  this.stack.push(bv);
                  return;
                }
              }
            }
          }
          yield* this.pop();
          yield* this.step();
        }
        *blockSequence(seq) {
          const it = seq.items[seq.items.length - 1];
          switch (this.type) {
            case "newline":
              if (it.value) {
                const end = "end" in it.value ? it.value.end : void 0;
                const last = Array.isArray(end) ? end[end.length - 1] : void 0;
                if (last?.type === "comment")
                  end?.push(this.sourceToken);
                else
                  seq.items.push({ start: [this.sourceToken] });
              } else
                it.start.push(this.sourceToken);
              return;
            case "space":
            case "comment":
              if (it.value)
                seq.items.push({ start: [this.sourceToken] });
              else {
                if (this.atIndentedComment(it.start, seq.indent)) {
                  const prev = seq.items[seq.items.length - 2];
                  const end = prev?.value?.end;
                  if (Array.isArray(end)) {
                    arrayPushArray(end, it.start);
                    end.push(this.sourceToken);
                    seq.items.pop();
                    return;
                  }
                }
                it.start.push(this.sourceToken);
              }
              return;
            case "anchor":
            case "tag":
              if (it.value || this.indent <= seq.indent)
                break;
              it.start.push(this.sourceToken);
              return;
            case "seq-item-ind":
              if (this.indent !== seq.indent)
                break;
              if (it.value || includesToken(it.start, "seq-item-ind"))
                seq.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
          }
          if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
              this.stack.push(bv);
              return;
            }
          }
          yield* this.pop();
          yield* this.step();
        }
        *flowCollection(fc) {
          const it = fc.items[fc.items.length - 1];
          if (this.type === "flow-error-end") {
            let top;
            do {
              yield* this.pop();
              top = this.peek(1);
            } while (top?.type === "flow-collection");
          } else if (fc.end.length === 0) {
            switch (this.type) {
              case "comma":
              case "explicit-key-ind":
                if (!it || it.sep)
                  fc.items.push({ start: [this.sourceToken] });
                else
                  it.start.push(this.sourceToken);
                return;
              case "map-value-ind":
                if (!it || it.value)
                  fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                else if (it.sep)
                  it.sep.push(this.sourceToken);
                else
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                return;
              case "space":
              case "comment":
              case "newline":
              case "anchor":
              case "tag":
                if (!it || it.value)
                  fc.items.push({ start: [this.sourceToken] });
                else if (it.sep)
                  it.sep.push(this.sourceToken);
                else
                  it.start.push(this.sourceToken);
                return;
              case "alias":
              case "scalar":
              case "single-quoted-scalar":
              case "double-quoted-scalar": {
                const fs = this.flowScalar(this.type);
                if (!it || it.value)
                  fc.items.push({ start: [], key: fs, sep: [] });
                else if (it.sep)
                  this.stack.push(fs);
                else
                  Object.assign(it, { key: fs, sep: [] });
                return;
              }
              case "flow-map-end":
              case "flow-seq-end":
                fc.end.push(this.sourceToken);
                return;
            }
            const bv = this.startBlockValue(fc);
            if (bv)
              this.stack.push(bv);
            else {
              yield* this.pop();
              yield* this.step();
            }
          } else {
            const parent = this.peek(2);
            if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
              yield* this.pop();
              yield* this.step();
            } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              fixFlowSeqItems(fc);
              const sep = fc.end.splice(1, fc.end.length);
              sep.push(this.sourceToken);
              const map = {
                type: "block-map",
                offset: fc.offset,
                indent: fc.indent,
                items: [{ start, key: fc, sep }]
              };
              this.onKeyLine = true;
              this.stack[this.stack.length - 1] = map;
            } else {
              yield* this.lineEnd(fc);
            }
          }
        }
        flowScalar(type) {
          if (this.onNewLine) {
            let nl = this.source.indexOf("\n") + 1;
            while (nl !== 0) {
              this.onNewLine(this.offset + nl);
              nl = this.source.indexOf("\n", nl) + 1;
            }
          }
          return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
          };
        }
        startBlockValue(parent) {
          switch (this.type) {
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return this.flowScalar(this.type);
            case "block-scalar-header":
              return {
                type: "block-scalar",
                offset: this.offset,
                indent: this.indent,
                props: [this.sourceToken],
                source: ""
              };
            case "flow-map-start":
            case "flow-seq-start":
              return {
                type: "flow-collection",
                offset: this.offset,
                indent: this.indent,
                start: this.sourceToken,
                items: [],
                end: []
              };
            case "seq-item-ind":
              return {
                type: "block-seq",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken] }]
              };
            case "explicit-key-ind": {
              this.onKeyLine = true;
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              start.push(this.sourceToken);
              return {
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, explicitKey: true }]
              };
            }
            case "map-value-ind": {
              this.onKeyLine = true;
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              return {
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              };
            }
          }
          return null;
        }
        atIndentedComment(start, indent) {
          if (this.type !== "comment")
            return false;
          if (this.indent <= indent)
            return false;
          return start.every((st) => st.type === "newline" || st.type === "space");
        }
        *documentEnd(docEnd) {
          if (this.type !== "doc-mode") {
            if (docEnd.end)
              docEnd.end.push(this.sourceToken);
            else
              docEnd.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
          }
        }
        *lineEnd(token) {
          switch (this.type) {
            case "comma":
            case "doc-start":
            case "doc-end":
            case "flow-seq-end":
            case "flow-map-end":
            case "map-value-ind":
              yield* this.pop();
              yield* this.step();
              break;
            case "newline":
              this.onKeyLine = false;
            // fallthrough
            case "space":
            case "comment":
            default:
              if (token.end)
                token.end.push(this.sourceToken);
              else
                token.end = [this.sourceToken];
              if (this.type === "newline")
                yield* this.pop();
          }
        }
      }
      exports.Parser = Parser;
    })
  ),
  /***/
  84047: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var composer = __nccwpck_require__2(89984);
      var Document = __nccwpck_require__2(3021);
      var errors = __nccwpck_require__2(91464);
      var log = __nccwpck_require__2(57249);
      var identity = __nccwpck_require__2(41127);
      var lineCounter = __nccwpck_require__2(66628);
      var parser = __nccwpck_require__2(3456);
      function parseOptions(options) {
        const prettyErrors = options.prettyErrors !== false;
        const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
        return { lineCounter: lineCounter$1, prettyErrors };
      }
      function parseAllDocuments(source, options = {}) {
        const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
        const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
        const composer$1 = new composer.Composer(options);
        const docs = Array.from(composer$1.compose(parser$1.parse(source)));
        if (prettyErrors && lineCounter2)
          for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter2));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
          }
        if (docs.length > 0)
          return docs;
        return Object.assign([], { empty: true }, composer$1.streamInfo());
      }
      function parseDocument(source, options = {}) {
        const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
        const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
        const composer$1 = new composer.Composer(options);
        let doc = null;
        for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
          if (!doc)
            doc = _doc;
          else if (doc.options.logLevel !== "silent") {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
            break;
          }
        }
        if (prettyErrors && lineCounter2) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
        return doc;
      }
      function parse(src, reviver, options) {
        let _reviver = void 0;
        if (typeof reviver === "function") {
          _reviver = reviver;
        } else if (options === void 0 && reviver && typeof reviver === "object") {
          options = reviver;
        }
        const doc = parseDocument(src, options);
        if (!doc)
          return null;
        doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
        if (doc.errors.length > 0) {
          if (doc.options.logLevel !== "silent")
            throw doc.errors[0];
          else
            doc.errors = [];
        }
        return doc.toJS(Object.assign({ reviver: _reviver }, options));
      }
      function stringify(value, replacer, options) {
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
        }
        if (typeof options === "string")
          options = options.length;
        if (typeof options === "number") {
          const indent = Math.round(options);
          options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
        }
        if (value === void 0) {
          const { keepUndefined } = options ?? replacer ?? {};
          if (!keepUndefined)
            return void 0;
        }
        if (identity.isDocument(value) && !_replacer)
          return value.toString(options);
        return new Document.Document(value, _replacer, options).toString(options);
      }
      exports.parse = parse;
      exports.parseAllDocuments = parseAllDocuments;
      exports.parseDocument = parseDocument;
      exports.stringify = stringify;
    })
  ),
  /***/
  45840: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var map = __nccwpck_require__2(47451);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(66464);
      var tags = __nccwpck_require__2(90018);
      const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      class Schema {
        constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
          this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
          this.name = typeof schema === "string" && schema || "core";
          this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
          this.tags = tags.getTags(customTags, this.name, merge);
          this.toStringOptions = toStringDefaults ?? null;
          Object.defineProperty(this, identity.MAP, { value: map.map });
          Object.defineProperty(this, identity.SCALAR, { value: string.string });
          Object.defineProperty(this, identity.SEQ, { value: seq.seq });
          this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
        }
        clone() {
          const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
          copy.tags = this.tags.slice();
          return copy;
        }
      }
      exports.Schema = Schema;
    })
  ),
  /***/
  47451: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var YAMLMap = __nccwpck_require__2(84454);
      const map = {
        collection: "map",
        default: true,
        nodeClass: YAMLMap.YAMLMap,
        tag: "tag:yaml.org,2002:map",
        resolve(map2, onError) {
          if (!identity.isMap(map2))
            onError("Expected a mapping for this tag");
          return map2;
        },
        createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
      };
      exports.map = map;
    })
  ),
  /***/
  73632: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      const nullTag = {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^(?:~|[Nn]ull|NULL)?$/,
        resolve: () => new Scalar.Scalar(null),
        stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
      };
      exports.nullTag = nullTag;
    })
  ),
  /***/
  1706: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var YAMLSeq = __nccwpck_require__2(92223);
      const seq = {
        collection: "seq",
        default: true,
        nodeClass: YAMLSeq.YAMLSeq,
        tag: "tag:yaml.org,2002:seq",
        resolve(seq2, onError) {
          if (!identity.isSeq(seq2))
            onError("Expected a sequence for this tag");
          return seq2;
        },
        createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
      };
      exports.seq = seq;
    })
  ),
  /***/
  66464: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyString = __nccwpck_require__2(83069);
      const string = {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify(item, ctx, onComment, onChompKeep) {
          ctx = Object.assign({ actualString: true }, ctx);
          return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
        }
      };
      exports.string = string;
    })
  ),
  /***/
  73959: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      const boolTag = {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
        resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
        stringify({ source, value }, ctx) {
          if (source && boolTag.test.test(source)) {
            const sv = source[0] === "t" || source[0] === "T";
            if (value === sv)
              return source;
          }
          return value ? ctx.options.trueStr : ctx.options.falseStr;
        }
      };
      exports.boolTag = boolTag;
    })
  ),
  /***/
  38405: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      var stringifyNumber = __nccwpck_require__2(28689);
      const floatNaN = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
        stringify: stringifyNumber.stringifyNumber
      };
      const floatExp = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "EXP",
        test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
        resolve: (str) => parseFloat(str),
        stringify(node) {
          const num = Number(node.value);
          return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
        }
      };
      const float = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
        resolve(str) {
          const node = new Scalar.Scalar(parseFloat(str));
          const dot = str.indexOf(".");
          if (dot !== -1 && str[str.length - 1] === "0")
            node.minFractionDigits = str.length - dot - 1;
          return node;
        },
        stringify: stringifyNumber.stringifyNumber
      };
      exports.float = float;
      exports.floatExp = floatExp;
      exports.floatNaN = floatNaN;
    })
  ),
  /***/
  59874: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(28689);
      const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
      const intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
      function intStringify(node, radix, prefix) {
        const { value } = node;
        if (intIdentify(value) && value >= 0)
          return prefix + value.toString(radix);
        return stringifyNumber.stringifyNumber(node);
      }
      const intOct = {
        identify: (value) => intIdentify(value) && value >= 0,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "OCT",
        test: /^0o[0-7]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
        stringify: (node) => intStringify(node, 8, "0o")
      };
      const int = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^[-+]?[0-9]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
        stringify: stringifyNumber.stringifyNumber
      };
      const intHex = {
        identify: (value) => intIdentify(value) && value >= 0,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "HEX",
        test: /^0x[0-9a-fA-F]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
        stringify: (node) => intStringify(node, 16, "0x")
      };
      exports.int = int;
      exports.intHex = intHex;
      exports.intOct = intOct;
    })
  ),
  /***/
  70896: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(47451);
      var _null = __nccwpck_require__2(73632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(66464);
      var bool = __nccwpck_require__2(73959);
      var float = __nccwpck_require__2(38405);
      var int = __nccwpck_require__2(59874);
      const schema = [
        map.map,
        seq.seq,
        string.string,
        _null.nullTag,
        bool.boolTag,
        int.intOct,
        int.int,
        int.intHex,
        float.floatNaN,
        float.floatExp,
        float.float
      ];
      exports.schema = schema;
    })
  ),
  /***/
  33559: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      var map = __nccwpck_require__2(47451);
      var seq = __nccwpck_require__2(1706);
      function intIdentify(value) {
        return typeof value === "bigint" || Number.isInteger(value);
      }
      const stringifyJSON = ({ value }) => JSON.stringify(value);
      const jsonScalars = [
        {
          identify: (value) => typeof value === "string",
          default: true,
          tag: "tag:yaml.org,2002:str",
          resolve: (str) => str,
          stringify: stringifyJSON
        },
        {
          identify: (value) => value == null,
          createNode: () => new Scalar.Scalar(null),
          default: true,
          tag: "tag:yaml.org,2002:null",
          test: /^null$/,
          resolve: () => null,
          stringify: stringifyJSON
        },
        {
          identify: (value) => typeof value === "boolean",
          default: true,
          tag: "tag:yaml.org,2002:bool",
          test: /^true$|^false$/,
          resolve: (str) => str === "true",
          stringify: stringifyJSON
        },
        {
          identify: intIdentify,
          default: true,
          tag: "tag:yaml.org,2002:int",
          test: /^-?(?:0|[1-9][0-9]*)$/,
          resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
          stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
        },
        {
          identify: (value) => typeof value === "number",
          default: true,
          tag: "tag:yaml.org,2002:float",
          test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
          resolve: (str) => parseFloat(str),
          stringify: stringifyJSON
        }
      ];
      const jsonError = {
        default: true,
        tag: "",
        test: /^/,
        resolve(str, onError) {
          onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
          return str;
        }
      };
      const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
      exports.schema = schema;
    })
  ),
  /***/
  90018: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(47451);
      var _null = __nccwpck_require__2(73632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(66464);
      var bool = __nccwpck_require__2(73959);
      var float = __nccwpck_require__2(38405);
      var int = __nccwpck_require__2(59874);
      var schema = __nccwpck_require__2(70896);
      var schema$1 = __nccwpck_require__2(33559);
      var binary = __nccwpck_require__2(56083);
      var merge = __nccwpck_require__2(90452);
      var omap = __nccwpck_require__2(72684);
      var pairs = __nccwpck_require__2(18385);
      var schema$2 = __nccwpck_require__2(35913);
      var set = __nccwpck_require__2(81528);
      var timestamp = __nccwpck_require__2(46752);
      const schemas = /* @__PURE__ */ new Map([
        ["core", schema.schema],
        ["failsafe", [map.map, seq.seq, string.string]],
        ["json", schema$1.schema],
        ["yaml11", schema$2.schema],
        ["yaml-1.1", schema$2.schema]
      ]);
      const tagsByName = {
        binary: binary.binary,
        bool: bool.boolTag,
        float: float.float,
        floatExp: float.floatExp,
        floatNaN: float.floatNaN,
        floatTime: timestamp.floatTime,
        int: int.int,
        intHex: int.intHex,
        intOct: int.intOct,
        intTime: timestamp.intTime,
        map: map.map,
        merge: merge.merge,
        null: _null.nullTag,
        omap: omap.omap,
        pairs: pairs.pairs,
        seq: seq.seq,
        set: set.set,
        timestamp: timestamp.timestamp
      };
      const coreKnownTags = {
        "tag:yaml.org,2002:binary": binary.binary,
        "tag:yaml.org,2002:merge": merge.merge,
        "tag:yaml.org,2002:omap": omap.omap,
        "tag:yaml.org,2002:pairs": pairs.pairs,
        "tag:yaml.org,2002:set": set.set,
        "tag:yaml.org,2002:timestamp": timestamp.timestamp
      };
      function getTags(customTags, schemaName, addMergeTag) {
        const schemaTags = schemas.get(schemaName);
        if (schemaTags && !customTags) {
          return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
        }
        let tags = schemaTags;
        if (!tags) {
          if (Array.isArray(customTags))
            tags = [];
          else {
            const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
          }
        }
        if (Array.isArray(customTags)) {
          for (const tag of customTags)
            tags = tags.concat(tag);
        } else if (typeof customTags === "function") {
          tags = customTags(tags.slice());
        }
        if (addMergeTag)
          tags = tags.concat(merge.merge);
        return tags.reduce((tags2, tag) => {
          const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
          if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
          }
          if (!tags2.includes(tagObj))
            tags2.push(tagObj);
          return tags2;
        }, []);
      }
      exports.coreKnownTags = coreKnownTags;
      exports.getTags = getTags;
    })
  ),
  /***/
  56083: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_buffer = __nccwpck_require__2(20181);
      var Scalar = __nccwpck_require__2(63301);
      var stringifyString = __nccwpck_require__2(83069);
      const binary = {
        identify: (value) => value instanceof Uint8Array,
        // Buffer inherits from Uint8Array
        default: false,
        tag: "tag:yaml.org,2002:binary",
        /**
         * Returns a Buffer in node and an Uint8Array in browsers
         *
         * To use the resulting buffer as an image, you'll want to do something like:
         *
         *   const blob = new Blob([buffer], { type: 'image/jpeg' })
         *   document.querySelector('#photo').src = URL.createObjectURL(blob)
         */
        resolve(src, onError) {
          if (typeof node_buffer.Buffer === "function") {
            return node_buffer.Buffer.from(src, "base64");
          } else if (typeof atob === "function") {
            const str = atob(src.replace(/[\n\r]/g, ""));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
              buffer[i] = str.charCodeAt(i);
            return buffer;
          } else {
            onError("This environment does not support reading binary tags; either Buffer or atob is required");
            return src;
          }
        },
        stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
          if (!value)
            return "";
          const buf = value;
          let str;
          if (typeof node_buffer.Buffer === "function") {
            str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
          } else if (typeof btoa === "function") {
            let s = "";
            for (let i = 0; i < buf.length; ++i)
              s += String.fromCharCode(buf[i]);
            str = btoa(s);
          } else {
            throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
          }
          type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
          if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
              lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
          }
          return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
        }
      };
      exports.binary = binary;
    })
  ),
  /***/
  88398: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      function boolStringify({ value, source }, ctx) {
        const boolObj = value ? trueTag : falseTag;
        if (source && boolObj.test.test(source))
          return source;
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
      const trueTag = {
        identify: (value) => value === true,
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
        resolve: () => new Scalar.Scalar(true),
        stringify: boolStringify
      };
      const falseTag = {
        identify: (value) => value === false,
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
        resolve: () => new Scalar.Scalar(false),
        stringify: boolStringify
      };
      exports.falseTag = falseTag;
      exports.trueTag = trueTag;
    })
  ),
  /***/
  35782: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      var stringifyNumber = __nccwpck_require__2(28689);
      const floatNaN = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
        stringify: stringifyNumber.stringifyNumber
      };
      const floatExp = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "EXP",
        test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
        resolve: (str) => parseFloat(str.replace(/_/g, "")),
        stringify(node) {
          const num = Number(node.value);
          return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
        }
      };
      const float = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
        resolve(str) {
          const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
          const dot = str.indexOf(".");
          if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, "");
            if (f[f.length - 1] === "0")
              node.minFractionDigits = f.length;
          }
          return node;
        },
        stringify: stringifyNumber.stringifyNumber
      };
      exports.float = float;
      exports.floatExp = floatExp;
      exports.floatNaN = floatNaN;
    })
  ),
  /***/
  10873: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(28689);
      const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
      function intResolve(str, offset, radix, { intAsBigInt }) {
        const sign = str[0];
        if (sign === "-" || sign === "+")
          offset += 1;
        str = str.substring(offset).replace(/_/g, "");
        if (intAsBigInt) {
          switch (radix) {
            case 2:
              str = `0b${str}`;
              break;
            case 8:
              str = `0o${str}`;
              break;
            case 16:
              str = `0x${str}`;
              break;
          }
          const n2 = BigInt(str);
          return sign === "-" ? BigInt(-1) * n2 : n2;
        }
        const n = parseInt(str, radix);
        return sign === "-" ? -1 * n : n;
      }
      function intStringify(node, radix, prefix) {
        const { value } = node;
        if (intIdentify(value)) {
          const str = value.toString(radix);
          return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
        }
        return stringifyNumber.stringifyNumber(node);
      }
      const intBin = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "BIN",
        test: /^[-+]?0b[0-1_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
        stringify: (node) => intStringify(node, 2, "0b")
      };
      const intOct = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "OCT",
        test: /^[-+]?0[0-7_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
        stringify: (node) => intStringify(node, 8, "0")
      };
      const int = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^[-+]?[0-9][0-9_]*$/,
        resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
        stringify: stringifyNumber.stringifyNumber
      };
      const intHex = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "HEX",
        test: /^[-+]?0x[0-9a-fA-F_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
        stringify: (node) => intStringify(node, 16, "0x")
      };
      exports.int = int;
      exports.intBin = intBin;
      exports.intHex = intHex;
      exports.intOct = intOct;
    })
  ),
  /***/
  90452: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var Scalar = __nccwpck_require__2(63301);
      const MERGE_KEY = "<<";
      const merge = {
        identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
        default: "key",
        tag: "tag:yaml.org,2002:merge",
        test: /^<<$/,
        resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
          addToJSMap: addMergeToJSMap
        }),
        stringify: () => MERGE_KEY
      };
      const isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
      function addMergeToJSMap(ctx, map, value) {
        const source = resolveAliasValue(ctx, value);
        if (identity.isSeq(source))
          for (const it of source.items)
            mergeValue(ctx, map, it);
        else if (Array.isArray(source))
          for (const it of source)
            mergeValue(ctx, map, it);
        else
          mergeValue(ctx, map, source);
      }
      function mergeValue(ctx, map, value) {
        const source = resolveAliasValue(ctx, value);
        if (!identity.isMap(source))
          throw new Error("Merge sources must be maps or map aliases");
        const srcMap = source.toJSON(null, ctx, Map);
        for (const [key, value2] of srcMap) {
          if (map instanceof Map) {
            if (!map.has(key))
              map.set(key, value2);
          } else if (map instanceof Set) {
            map.add(key);
          } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
              value: value2,
              writable: true,
              enumerable: true,
              configurable: true
            });
          }
        }
        return map;
      }
      function resolveAliasValue(ctx, value) {
        return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
      }
      exports.addMergeToJSMap = addMergeToJSMap;
      exports.isMergeKey = isMergeKey;
      exports.merge = merge;
    })
  ),
  /***/
  72684: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var toJS = __nccwpck_require__2(74043);
      var YAMLMap = __nccwpck_require__2(84454);
      var YAMLSeq = __nccwpck_require__2(92223);
      var pairs = __nccwpck_require__2(18385);
      class YAMLOMap extends YAMLSeq.YAMLSeq {
        constructor() {
          super();
          this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
          this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
          this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
          this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
          this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
          this.tag = YAMLOMap.tag;
        }
        /**
         * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
         * but TypeScript won't allow widening the signature of a child method.
         */
        toJSON(_, ctx) {
          if (!ctx)
            return super.toJSON(_);
          const map = /* @__PURE__ */ new Map();
          if (ctx?.onCreate)
            ctx.onCreate(map);
          for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
              key = toJS.toJS(pair.key, "", ctx);
              value = toJS.toJS(pair.value, key, ctx);
            } else {
              key = toJS.toJS(pair, "", ctx);
            }
            if (map.has(key))
              throw new Error("Ordered maps must not include duplicate keys");
            map.set(key, value);
          }
          return map;
        }
        static from(schema, iterable, ctx) {
          const pairs$1 = pairs.createPairs(schema, iterable, ctx);
          const omap2 = new this();
          omap2.items = pairs$1.items;
          return omap2;
        }
      }
      YAMLOMap.tag = "tag:yaml.org,2002:omap";
      const omap = {
        collection: "seq",
        identify: (value) => value instanceof Map,
        nodeClass: YAMLOMap,
        default: false,
        tag: "tag:yaml.org,2002:omap",
        resolve(seq, onError) {
          const pairs$1 = pairs.resolvePairs(seq, onError);
          const seenKeys = [];
          for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
              if (seenKeys.includes(key.value)) {
                onError(`Ordered maps must not include duplicate keys: ${key.value}`);
              } else {
                seenKeys.push(key.value);
              }
            }
          }
          return Object.assign(new YAMLOMap(), pairs$1);
        },
        createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
      };
      exports.YAMLOMap = YAMLOMap;
      exports.omap = omap;
    })
  ),
  /***/
  18385: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var Pair = __nccwpck_require__2(57165);
      var Scalar = __nccwpck_require__2(63301);
      var YAMLSeq = __nccwpck_require__2(92223);
      function resolvePairs(seq, onError) {
        if (identity.isSeq(seq)) {
          for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
              continue;
            else if (identity.isMap(item)) {
              if (item.items.length > 1)
                onError("Each pair must have its own sequence indicator");
              const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore)
                pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
              if (item.comment) {
                const cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        } else
          onError("Expected a sequence for this tag");
        return seq;
      }
      function createPairs(schema, iterable, ctx) {
        const { replacer } = ctx;
        const pairs2 = new YAMLSeq.YAMLSeq(schema);
        pairs2.tag = "tag:yaml.org,2002:pairs";
        let i = 0;
        if (iterable && Symbol.iterator in Object(iterable))
          for (let it of iterable) {
            if (typeof replacer === "function")
              it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
              if (it.length === 2) {
                key = it[0];
                value = it[1];
              } else
                throw new TypeError(`Expected [key, value] tuple: ${it}`);
            } else if (it && it instanceof Object) {
              const keys = Object.keys(it);
              if (keys.length === 1) {
                key = keys[0];
                value = it[key];
              } else {
                throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
              }
            } else {
              key = it;
            }
            pairs2.items.push(Pair.createPair(key, value, ctx));
          }
        return pairs2;
      }
      const pairs = {
        collection: "seq",
        default: false,
        tag: "tag:yaml.org,2002:pairs",
        resolve: resolvePairs,
        createNode: createPairs
      };
      exports.createPairs = createPairs;
      exports.pairs = pairs;
      exports.resolvePairs = resolvePairs;
    })
  ),
  /***/
  35913: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(47451);
      var _null = __nccwpck_require__2(73632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(66464);
      var binary = __nccwpck_require__2(56083);
      var bool = __nccwpck_require__2(88398);
      var float = __nccwpck_require__2(35782);
      var int = __nccwpck_require__2(10873);
      var merge = __nccwpck_require__2(90452);
      var omap = __nccwpck_require__2(72684);
      var pairs = __nccwpck_require__2(18385);
      var set = __nccwpck_require__2(81528);
      var timestamp = __nccwpck_require__2(46752);
      const schema = [
        map.map,
        seq.seq,
        string.string,
        _null.nullTag,
        bool.trueTag,
        bool.falseTag,
        int.intBin,
        int.intOct,
        int.int,
        int.intHex,
        float.floatNaN,
        float.floatExp,
        float.float,
        binary.binary,
        merge.merge,
        omap.omap,
        pairs.pairs,
        set.set,
        timestamp.intTime,
        timestamp.floatTime,
        timestamp.timestamp
      ];
      exports.schema = schema;
    })
  ),
  /***/
  81528: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var Pair = __nccwpck_require__2(57165);
      var YAMLMap = __nccwpck_require__2(84454);
      class YAMLSet extends YAMLMap.YAMLMap {
        constructor(schema) {
          super(schema);
          this.tag = YAMLSet.tag;
        }
        add(key) {
          let pair;
          if (identity.isPair(key))
            pair = key;
          else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
            pair = new Pair.Pair(key.key, null);
          else
            pair = new Pair.Pair(key, null);
          const prev = YAMLMap.findPair(this.items, pair.key);
          if (!prev)
            this.items.push(pair);
        }
        /**
         * If `keepPair` is `true`, returns the Pair matching `key`.
         * Otherwise, returns the value of that Pair's key.
         */
        get(key, keepPair) {
          const pair = YAMLMap.findPair(this.items, key);
          return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
        }
        set(key, value) {
          if (typeof value !== "boolean")
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
          const prev = YAMLMap.findPair(this.items, key);
          if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
          } else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
          }
        }
        toJSON(_, ctx) {
          return super.toJSON(_, ctx, Set);
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
          else
            throw new Error("Set items must all have null values");
        }
        static from(schema, iterable, ctx) {
          const { replacer } = ctx;
          const set2 = new this(schema);
          if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
              if (typeof replacer === "function")
                value = replacer.call(iterable, value, value);
              set2.items.push(Pair.createPair(value, null, ctx));
            }
          return set2;
        }
      }
      YAMLSet.tag = "tag:yaml.org,2002:set";
      const set = {
        collection: "map",
        identify: (value) => value instanceof Set,
        nodeClass: YAMLSet,
        default: false,
        tag: "tag:yaml.org,2002:set",
        createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
        resolve(map, onError) {
          if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
              return Object.assign(new YAMLSet(), map);
            else
              onError("Set items must all have null values");
          } else
            onError("Expected a mapping for this tag");
          return map;
        }
      };
      exports.YAMLSet = YAMLSet;
      exports.set = set;
    })
  ),
  /***/
  46752: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(28689);
      function parseSexagesimal(str, asBigInt) {
        const sign = str[0];
        const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
        const num = (n) => asBigInt ? BigInt(n) : Number(n);
        const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
        return sign === "-" ? num(-1) * res : res;
      }
      function stringifySexagesimal(node) {
        let { value } = node;
        let num = (n) => n;
        if (typeof value === "bigint")
          num = (n) => BigInt(n);
        else if (isNaN(value) || !isFinite(value))
          return stringifyNumber.stringifyNumber(node);
        let sign = "";
        if (value < 0) {
          sign = "-";
          value *= num(-1);
        }
        const _60 = num(60);
        const parts = [value % _60];
        if (value < 60) {
          parts.unshift(0);
        } else {
          value = (value - parts[0]) / _60;
          parts.unshift(value % _60);
          if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value);
          }
        }
        return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
      }
      const intTime = {
        identify: (value) => typeof value === "bigint" || Number.isInteger(value),
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "TIME",
        test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
        resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
        stringify: stringifySexagesimal
      };
      const floatTime = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "TIME",
        test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
        resolve: (str) => parseSexagesimal(str, false),
        stringify: stringifySexagesimal
      };
      const timestamp = {
        identify: (value) => value instanceof Date,
        default: true,
        tag: "tag:yaml.org,2002:timestamp",
        // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
        // may be omitted altogether, resulting in a date format. In such a case, the time part is
        // assumed to be 00:00:00Z (start of day, UTC).
        test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
        resolve(str) {
          const match = str.match(timestamp.test);
          if (!match)
            throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
          const [, year, month, day, hour, minute, second] = match.map(Number);
          const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
          let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
          const tz = match[8];
          if (tz && tz !== "Z") {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
              d *= 60;
            date -= 6e4 * d;
          }
          return new Date(date);
        },
        stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
      };
      exports.floatTime = floatTime;
      exports.intTime = intTime;
      exports.timestamp = timestamp;
    })
  ),
  /***/
  34475: (
    /***/
    ((__unused_webpack_module, exports) => {
      const FOLD_FLOW = "flow";
      const FOLD_BLOCK = "block";
      const FOLD_QUOTED = "quoted";
      function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
        if (!lineWidth || lineWidth < 0)
          return text;
        if (lineWidth < minContentWidth)
          minContentWidth = 0;
        const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
        if (text.length <= endStep)
          return text;
        const folds = [];
        const escapedFolds = {};
        let end = lineWidth - indent.length;
        if (typeof indentAtStart === "number") {
          if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
          else
            end = lineWidth - indentAtStart;
        }
        let split = void 0;
        let prev = void 0;
        let overflow = false;
        let i = -1;
        let escStart = -1;
        let escEnd = -1;
        if (mode === FOLD_BLOCK) {
          i = consumeMoreIndentedLines(text, i, indent.length);
          if (i !== -1)
            end = i + endStep;
        }
        for (let ch; ch = text[i += 1]; ) {
          if (mode === FOLD_QUOTED && ch === "\\") {
            escStart = i;
            switch (text[i + 1]) {
              case "x":
                i += 3;
                break;
              case "u":
                i += 5;
                break;
              case "U":
                i += 9;
                break;
              default:
                i += 1;
            }
            escEnd = i;
          }
          if (ch === "\n") {
            if (mode === FOLD_BLOCK)
              i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = void 0;
          } else {
            if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
              const next = text[i + 1];
              if (next && next !== " " && next !== "\n" && next !== "	")
                split = i;
            }
            if (i >= end) {
              if (split) {
                folds.push(split);
                end = split + endStep;
                split = void 0;
              } else if (mode === FOLD_QUOTED) {
                while (prev === " " || prev === "	") {
                  prev = ch;
                  ch = text[i += 1];
                  overflow = true;
                }
                const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                if (escapedFolds[j])
                  return text;
                folds.push(j);
                escapedFolds[j] = true;
                end = j + endStep;
                split = void 0;
              } else {
                overflow = true;
              }
            }
          }
          prev = ch;
        }
        if (overflow && onOverflow)
          onOverflow();
        if (folds.length === 0)
          return text;
        if (onFold)
          onFold();
        let res = text.slice(0, folds[0]);
        for (let i2 = 0; i2 < folds.length; ++i2) {
          const fold = folds[i2];
          const end2 = folds[i2 + 1] || text.length;
          if (fold === 0)
            res = `
${indent}${text.slice(0, end2)}`;
          else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
              res += `${text[fold]}\\`;
            res += `
${indent}${text.slice(fold + 1, end2)}`;
          }
        }
        return res;
      }
      function consumeMoreIndentedLines(text, i, indent) {
        let end = i;
        let start = i + 1;
        let ch = text[start];
        while (ch === " " || ch === "	") {
          if (i < start + indent) {
            ch = text[++i];
          } else {
            do {
              ch = text[++i];
            } while (ch && ch !== "\n");
            end = i;
            start = i + 1;
            ch = text[start];
          }
        }
        return end;
      }
      exports.FOLD_BLOCK = FOLD_BLOCK;
      exports.FOLD_FLOW = FOLD_FLOW;
      exports.FOLD_QUOTED = FOLD_QUOTED;
      exports.foldFlowLines = foldFlowLines;
    })
  ),
  /***/
  2148: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var anchors = __nccwpck_require__2(71596);
      var identity = __nccwpck_require__2(41127);
      var stringifyComment = __nccwpck_require__2(59799);
      var stringifyString = __nccwpck_require__2(83069);
      function createStringifyContext(doc, options) {
        const opt = Object.assign({
          blockQuote: true,
          commentString: stringifyComment.stringifyComment,
          defaultKeyType: null,
          defaultStringType: "PLAIN",
          directives: null,
          doubleQuotedAsJSON: false,
          doubleQuotedMinMultiLineLength: 40,
          falseStr: "false",
          flowCollectionPadding: true,
          indentSeq: true,
          lineWidth: 80,
          minContentWidth: 20,
          nullStr: "null",
          simpleKeys: false,
          singleQuote: null,
          trailingComma: false,
          trueStr: "true",
          verifyAliasOrder: true
        }, doc.schema.toStringOptions, options);
        let inFlow;
        switch (opt.collectionStyle) {
          case "block":
            inFlow = false;
            break;
          case "flow":
            inFlow = true;
            break;
          default:
            inFlow = null;
        }
        return {
          anchors: /* @__PURE__ */ new Set(),
          doc,
          flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
          indent: "",
          indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
          inFlow,
          options: opt
        };
      }
      function getTagObject(tags, item) {
        if (item.tag) {
          const match = tags.filter((t) => t.tag === item.tag);
          if (match.length > 0)
            return match.find((t) => t.format === item.format) ?? match[0];
        }
        let tagObj = void 0;
        let obj;
        if (identity.isScalar(item)) {
          obj = item.value;
          let match = tags.filter((t) => t.identify?.(obj));
          if (match.length > 1) {
            const testMatch = match.filter((t) => t.test);
            if (testMatch.length > 0)
              match = testMatch;
          }
          tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
        } else {
          obj = item;
          tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
        }
        if (!tagObj) {
          const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
          throw new Error(`Tag not resolved for ${name} value`);
        }
        return tagObj;
      }
      function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
        if (!doc.directives)
          return "";
        const props = [];
        const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
        if (anchor && anchors.anchorIsValid(anchor)) {
          anchors$1.add(anchor);
          props.push(`&${anchor}`);
        }
        const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
        if (tag)
          props.push(doc.directives.tagString(tag));
        return props.join(" ");
      }
      function stringify(item, ctx, onComment, onChompKeep) {
        if (identity.isPair(item))
          return item.toString(ctx, onComment, onChompKeep);
        if (identity.isAlias(item)) {
          if (ctx.doc.directives)
            return item.toString(ctx);
          if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
          } else {
            if (ctx.resolvedAliases)
              ctx.resolvedAliases.add(item);
            else
              ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
            item = item.resolve(ctx.doc);
          }
        }
        let tagObj = void 0;
        const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
        tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
        const props = stringifyProps(node, tagObj, ctx);
        if (props.length > 0)
          ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
        const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
        if (!props)
          return str;
        return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
      }
      exports.createStringifyContext = createStringifyContext;
      exports.stringify = stringify;
    })
  ),
  /***/
  61212: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(59799);
      function stringifyCollection(collection, ctx, options) {
        const flow = ctx.inFlow ?? collection.flow;
        const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
        return stringify2(collection, ctx, options);
      }
      function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
        const { indent, options: { commentString } } = ctx;
        const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
        let chompKeep = false;
        const lines = [];
        for (let i = 0; i < items.length; ++i) {
          const item = items[i];
          let comment2 = null;
          if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
              comment2 = item.comment;
          } else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
              if (!chompKeep && ik.spaceBefore)
                lines.push("");
              addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
          }
          chompKeep = false;
          let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
          if (comment2)
            str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
          if (chompKeep && comment2)
            chompKeep = false;
          lines.push(blockItemPrefix + str2);
        }
        let str;
        if (lines.length === 0) {
          str = flowChars.start + flowChars.end;
        } else {
          str = lines[0];
          for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `
${indent}${line}` : "\n";
          }
        }
        if (comment) {
          str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
          if (onComment)
            onComment();
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
        const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
        itemIndent += indentStep;
        const itemCtx = Object.assign({}, ctx, {
          indent: itemIndent,
          inFlow: true,
          type: null
        });
        let reqNewline = false;
        let linesAtValue = 0;
        const lines = [];
        for (let i = 0; i < items.length; ++i) {
          const item = items[i];
          let comment = null;
          if (identity.isNode(item)) {
            if (item.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
              comment = item.comment;
          } else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
              if (ik.spaceBefore)
                lines.push("");
              addCommentBefore(ctx, lines, ik.commentBefore, false);
              if (ik.comment)
                reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
              if (iv.comment)
                comment = iv.comment;
              if (iv.commentBefore)
                reqNewline = true;
            } else if (item.value == null && ik?.comment) {
              comment = ik.comment;
            }
          }
          if (comment)
            reqNewline = true;
          let str = stringify.stringify(item, itemCtx, () => comment = null);
          reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
          if (i < items.length - 1) {
            str += ",";
          } else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
              reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
            }
            if (reqNewline) {
              str += ",";
            }
          }
          if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
          lines.push(str);
          linesAtValue = lines.length;
        }
        const { start, end } = flowChars;
        if (lines.length === 0) {
          return start + end;
        } else {
          if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
          }
          if (reqNewline) {
            let str = start;
            for (const line of lines)
              str += line ? `
${indentStep}${indent}${line}` : "\n";
            return `${str}
${indent}${end}`;
          } else {
            return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
          }
        }
      }
      function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
        if (comment && chompKeep)
          comment = comment.replace(/^\n+/, "");
        if (comment) {
          const ic = stringifyComment.indentComment(commentString(comment), indent);
          lines.push(ic.trimStart());
        }
      }
      exports.stringifyCollection = stringifyCollection;
    })
  ),
  /***/
  59799: (
    /***/
    ((__unused_webpack_module, exports) => {
      const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
      function indentComment(comment, indent) {
        if (/^\n+$/.test(comment))
          return comment.substring(1);
        return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
      }
      const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
      exports.indentComment = indentComment;
      exports.lineComment = lineComment;
      exports.stringifyComment = stringifyComment;
    })
  ),
  /***/
  6829: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(59799);
      function stringifyDocument(doc, options) {
        const lines = [];
        let hasDirectives = options.directives === true;
        if (options.directives !== false && doc.directives) {
          const dir = doc.directives.toString(doc);
          if (dir) {
            lines.push(dir);
            hasDirectives = true;
          } else if (doc.directives.docStart)
            hasDirectives = true;
        }
        if (hasDirectives)
          lines.push("---");
        const ctx = stringify.createStringifyContext(doc, options);
        const { commentString } = ctx.options;
        if (doc.commentBefore) {
          if (lines.length !== 1)
            lines.unshift("");
          const cs = commentString(doc.commentBefore);
          lines.unshift(stringifyComment.indentComment(cs, ""));
        }
        let chompKeep = false;
        let contentComment = null;
        if (doc.contents) {
          if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
              lines.push("");
            if (doc.contents.commentBefore) {
              const cs = commentString(doc.contents.commentBefore);
              lines.push(stringifyComment.indentComment(cs, ""));
            }
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
          }
          const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
          let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
          if (contentComment)
            body += stringifyComment.lineComment(body, "", commentString(contentComment));
          if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
            lines[lines.length - 1] = `--- ${body}`;
          } else
            lines.push(body);
        } else {
          lines.push(stringify.stringify(doc.contents, ctx));
        }
        if (doc.directives?.docEnd) {
          if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes("\n")) {
              lines.push("...");
              lines.push(stringifyComment.indentComment(cs, ""));
            } else {
              lines.push(`... ${cs}`);
            }
          } else {
            lines.push("...");
          }
        } else {
          let dc = doc.comment;
          if (dc && chompKeep)
            dc = dc.replace(/^\n+/, "");
          if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
              lines.push("");
            lines.push(stringifyComment.indentComment(commentString(dc), ""));
          }
        }
        return lines.join("\n") + "\n";
      }
      exports.stringifyDocument = stringifyDocument;
    })
  ),
  /***/
  28689: (
    /***/
    ((__unused_webpack_module, exports) => {
      function stringifyNumber({ format, minFractionDigits, tag, value }) {
        if (typeof value === "bigint")
          return String(value);
        const num = typeof value === "number" ? value : Number(value);
        if (!isFinite(num))
          return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
        let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
        if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
          let i = n.indexOf(".");
          if (i < 0) {
            i = n.length;
            n += ".";
          }
          let d = minFractionDigits - (n.length - i - 1);
          while (d-- > 0)
            n += "0";
        }
        return n;
      }
      exports.stringifyNumber = stringifyNumber;
    })
  ),
  /***/
  59748: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      var Scalar = __nccwpck_require__2(63301);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(59799);
      function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
        const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
        let keyComment = identity.isNode(key) && key.comment || null;
        if (simpleKeys) {
          if (keyComment) {
            throw new Error("With simple keys, key nodes cannot have comments");
          }
          if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
            const msg = "With simple keys, collection cannot be used as a key value";
            throw new Error(msg);
          }
        }
        let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
        ctx = Object.assign({}, ctx, {
          allNullValues: false,
          implicitKey: !explicitKey && (simpleKeys || !allNullValues),
          indent: indent + indentStep
        });
        let keyCommentDone = false;
        let chompKeep = false;
        let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
        if (!explicitKey && !ctx.inFlow && str.length > 1024) {
          if (simpleKeys)
            throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
          explicitKey = true;
        }
        if (ctx.inFlow) {
          if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
              onComment();
            return str === "" ? "?" : explicitKey ? `? ${str}` : str;
          }
        } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
          str = `? ${str}`;
          if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
          } else if (chompKeep && onChompKeep)
            onChompKeep();
          return str;
        }
        if (keyCommentDone)
          keyComment = null;
        if (explicitKey) {
          if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
          str = `? ${str}
${indent}:`;
        } else {
          str = `${str}:`;
          if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        let vsb, vcb, valueComment;
        if (identity.isNode(value)) {
          vsb = !!value.spaceBefore;
          vcb = value.commentBefore;
          valueComment = value.comment;
        } else {
          vsb = false;
          vcb = null;
          valueComment = null;
          if (value && typeof value === "object")
            value = doc.createNode(value);
        }
        ctx.implicitKey = false;
        if (!explicitKey && !keyComment && identity.isScalar(value))
          ctx.indentAtStart = str.length + 1;
        chompKeep = false;
        if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
          ctx.indent = ctx.indent.substring(2);
        }
        let valueCommentDone = false;
        const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
        let ws = " ";
        if (keyComment || vsb || vcb) {
          ws = vsb ? "\n" : "";
          if (vcb) {
            const cs = commentString(vcb);
            ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
          }
          if (valueStr === "" && !ctx.inFlow) {
            if (ws === "\n" && valueComment)
              ws = "\n\n";
          } else {
            ws += `
${ctx.indent}`;
          }
        } else if (!explicitKey && identity.isCollection(value)) {
          const vs0 = valueStr[0];
          const nl0 = valueStr.indexOf("\n");
          const hasNewline = nl0 !== -1;
          const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
          if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === "&" || vs0 === "!")) {
              let sp0 = valueStr.indexOf(" ");
              if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
                sp0 = valueStr.indexOf(" ", sp0 + 1);
              }
              if (sp0 === -1 || nl0 < sp0)
                hasPropsLine = true;
            }
            if (!hasPropsLine)
              ws = `
${ctx.indent}`;
          }
        } else if (valueStr === "" || valueStr[0] === "\n") {
          ws = "";
        }
        str += ws + valueStr;
        if (ctx.inFlow) {
          if (valueCommentDone && onComment)
            onComment();
        } else if (valueComment && !valueCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
        } else if (chompKeep && onChompKeep) {
          onChompKeep();
        }
        return str;
      }
      exports.stringifyPair = stringifyPair;
    })
  ),
  /***/
  83069: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(63301);
      var foldFlowLines = __nccwpck_require__2(34475);
      const getFoldOptions = (ctx, isBlock) => ({
        indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
        lineWidth: ctx.options.lineWidth,
        minContentWidth: ctx.options.minContentWidth
      });
      const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
      function lineLengthOverLimit(str, lineWidth, indentLength) {
        if (!lineWidth || lineWidth < 0)
          return false;
        const limit = lineWidth - indentLength;
        const strLen = str.length;
        if (strLen <= limit)
          return false;
        for (let i = 0, start = 0; i < strLen; ++i) {
          if (str[i] === "\n") {
            if (i - start > limit)
              return true;
            start = i + 1;
            if (strLen - start <= limit)
              return false;
          }
        }
        return true;
      }
      function doubleQuotedString(value, ctx) {
        const json = JSON.stringify(value);
        if (ctx.options.doubleQuotedAsJSON)
          return json;
        const { implicitKey } = ctx;
        const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
        const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
        let str = "";
        let start = 0;
        for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
          if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
            str += json.slice(start, i) + "\\ ";
            i += 1;
            start = i;
            ch = "\\";
          }
          if (ch === "\\")
            switch (json[i + 1]) {
              case "u":
                {
                  str += json.slice(start, i);
                  const code = json.substr(i + 2, 4);
                  switch (code) {
                    case "0000":
                      str += "\\0";
                      break;
                    case "0007":
                      str += "\\a";
                      break;
                    case "000b":
                      str += "\\v";
                      break;
                    case "001b":
                      str += "\\e";
                      break;
                    case "0085":
                      str += "\\N";
                      break;
                    case "00a0":
                      str += "\\_";
                      break;
                    case "2028":
                      str += "\\L";
                      break;
                    case "2029":
                      str += "\\P";
                      break;
                    default:
                      if (code.substr(0, 2) === "00")
                        str += "\\x" + code.substr(2);
                      else
                        str += json.substr(i, 6);
                  }
                  i += 5;
                  start = i + 1;
                }
                break;
              case "n":
                if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                  i += 1;
                } else {
                  str += json.slice(start, i) + "\n\n";
                  while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                    str += "\n";
                    i += 2;
                  }
                  str += indent;
                  if (json[i + 2] === " ")
                    str += "\\";
                  i += 1;
                  start = i + 1;
                }
                break;
              default:
                i += 1;
            }
        }
        str = start ? str + json.slice(start) : json;
        return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
      }
      function singleQuotedString(value, ctx) {
        if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
          return doubleQuotedString(value, ctx);
        const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
        const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
        return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
      }
      function quotedString(value, ctx) {
        const { singleQuote } = ctx.options;
        let qs;
        if (singleQuote === false)
          qs = doubleQuotedString;
        else {
          const hasDouble = value.includes('"');
          const hasSingle = value.includes("'");
          if (hasDouble && !hasSingle)
            qs = singleQuotedString;
          else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
          else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
        }
        return qs(value, ctx);
      }
      let blockEndNewlines;
      try {
        blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
      } catch {
        blockEndNewlines = /\n+(?!\n|$)/g;
      }
      function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
        const { blockQuote, commentString, lineWidth } = ctx.options;
        if (!blockQuote || /\n[\t ]+$/.test(value)) {
          return quotedString(value, ctx);
        }
        const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
        const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
        if (!value)
          return literal ? "|\n" : ">\n";
        let chomp;
        let endStart;
        for (endStart = value.length; endStart > 0; --endStart) {
          const ch = value[endStart - 1];
          if (ch !== "\n" && ch !== "	" && ch !== " ")
            break;
        }
        let end = value.substring(endStart);
        const endNlPos = end.indexOf("\n");
        if (endNlPos === -1) {
          chomp = "-";
        } else if (value === end || endNlPos !== end.length - 1) {
          chomp = "+";
          if (onChompKeep)
            onChompKeep();
        } else {
          chomp = "";
        }
        if (end) {
          value = value.slice(0, -end.length);
          if (end[end.length - 1] === "\n")
            end = end.slice(0, -1);
          end = end.replace(blockEndNewlines, `$&${indent}`);
        }
        let startWithSpace = false;
        let startEnd;
        let startNlPos = -1;
        for (startEnd = 0; startEnd < value.length; ++startEnd) {
          const ch = value[startEnd];
          if (ch === " ")
            startWithSpace = true;
          else if (ch === "\n")
            startNlPos = startEnd;
          else
            break;
        }
        let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
        if (start) {
          value = value.substring(start.length);
          start = start.replace(/\n+/g, `$&${indent}`);
        }
        const indentSize = indent ? "2" : "1";
        let header = (startWithSpace ? indentSize : "") + chomp;
        if (comment) {
          header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
          if (onComment)
            onComment();
        }
        if (!literal) {
          const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
          let literalFallback = false;
          const foldOptions = getFoldOptions(ctx, true);
          if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
              literalFallback = true;
            };
          }
          const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
          if (!literalFallback)
            return `>${header}
${indent}${body}`;
        }
        value = value.replace(/\n+/g, `$&${indent}`);
        return `|${header}
${indent}${start}${value}${end}`;
      }
      function plainString(item, ctx, onComment, onChompKeep) {
        const { type, value } = item;
        const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
        if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
          return quotedString(value, ctx);
        }
        if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
          return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
        }
        if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
          return blockString(item, ctx, onComment, onChompKeep);
        }
        if (containsDocumentMarker(value)) {
          if (indent === "") {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
          } else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
          }
        }
        const str = value.replace(/\n+/g, `$&
${indent}`);
        if (actualString) {
          const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
          const { compat, tags } = ctx.doc.schema;
          if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
        }
        return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
      }
      function stringifyString(item, ctx, onComment, onChompKeep) {
        const { implicitKey, inFlow } = ctx;
        const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
        let { type } = item;
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
        }
        const _stringify = (_type) => {
          switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
              return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
              return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
              return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
              return plainString(ss, ctx, onComment, onChompKeep);
            default:
              return null;
          }
        };
        let res = _stringify(type);
        if (res === null) {
          const { defaultKeyType, defaultStringType } = ctx.options;
          const t = implicitKey && defaultKeyType || defaultStringType;
          res = _stringify(t);
          if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
        }
        return res;
      }
      exports.stringifyString = stringifyString;
    })
  ),
  /***/
  10204: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(41127);
      const BREAK = /* @__PURE__ */ Symbol("break visit");
      const SKIP = /* @__PURE__ */ Symbol("skip children");
      const REMOVE = /* @__PURE__ */ Symbol("remove node");
      function visit(node, visitor) {
        const visitor_ = initVisitor(visitor);
        if (identity.isDocument(node)) {
          const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
          if (cd === REMOVE)
            node.contents = null;
        } else
          visit_(null, node, visitor_, Object.freeze([]));
      }
      visit.BREAK = BREAK;
      visit.SKIP = SKIP;
      visit.REMOVE = REMOVE;
      function visit_(key, node, visitor, path2) {
        const ctrl = callVisitor(key, node, visitor, path2);
        if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
          replaceNode(key, path2, ctrl);
          return visit_(key, ctrl, visitor, path2);
        }
        if (typeof ctrl !== "symbol") {
          if (identity.isCollection(node)) {
            path2 = Object.freeze(path2.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
              const ci = visit_(i, node.items[i], visitor, path2);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                node.items.splice(i, 1);
                i -= 1;
              }
            }
          } else if (identity.isPair(node)) {
            path2 = Object.freeze(path2.concat(node));
            const ck = visit_("key", node.key, visitor, path2);
            if (ck === BREAK)
              return BREAK;
            else if (ck === REMOVE)
              node.key = null;
            const cv = visit_("value", node.value, visitor, path2);
            if (cv === BREAK)
              return BREAK;
            else if (cv === REMOVE)
              node.value = null;
          }
        }
        return ctrl;
      }
      async function visitAsync(node, visitor) {
        const visitor_ = initVisitor(visitor);
        if (identity.isDocument(node)) {
          const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
          if (cd === REMOVE)
            node.contents = null;
        } else
          await visitAsync_(null, node, visitor_, Object.freeze([]));
      }
      visitAsync.BREAK = BREAK;
      visitAsync.SKIP = SKIP;
      visitAsync.REMOVE = REMOVE;
      async function visitAsync_(key, node, visitor, path2) {
        const ctrl = await callVisitor(key, node, visitor, path2);
        if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
          replaceNode(key, path2, ctrl);
          return visitAsync_(key, ctrl, visitor, path2);
        }
        if (typeof ctrl !== "symbol") {
          if (identity.isCollection(node)) {
            path2 = Object.freeze(path2.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
              const ci = await visitAsync_(i, node.items[i], visitor, path2);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                node.items.splice(i, 1);
                i -= 1;
              }
            }
          } else if (identity.isPair(node)) {
            path2 = Object.freeze(path2.concat(node));
            const ck = await visitAsync_("key", node.key, visitor, path2);
            if (ck === BREAK)
              return BREAK;
            else if (ck === REMOVE)
              node.key = null;
            const cv = await visitAsync_("value", node.value, visitor, path2);
            if (cv === BREAK)
              return BREAK;
            else if (cv === REMOVE)
              node.value = null;
          }
        }
        return ctrl;
      }
      function initVisitor(visitor) {
        if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
          return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
          }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
          }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
          }, visitor);
        }
        return visitor;
      }
      function callVisitor(key, node, visitor, path2) {
        if (typeof visitor === "function")
          return visitor(key, node, path2);
        if (identity.isMap(node))
          return visitor.Map?.(key, node, path2);
        if (identity.isSeq(node))
          return visitor.Seq?.(key, node, path2);
        if (identity.isPair(node))
          return visitor.Pair?.(key, node, path2);
        if (identity.isScalar(node))
          return visitor.Scalar?.(key, node, path2);
        if (identity.isAlias(node))
          return visitor.Alias?.(key, node, path2);
        return void 0;
      }
      function replaceNode(key, path2, node) {
        const parent = path2[path2.length - 1];
        if (identity.isCollection(parent)) {
          parent.items[key] = node;
        } else if (identity.isPair(parent)) {
          if (key === "key")
            parent.key = node;
          else
            parent.value = node;
        } else if (identity.isDocument(parent)) {
          parent.contents = node;
        } else {
          const pt = identity.isAlias(parent) ? "alias" : "scalar";
          throw new Error(`Cannot replace node with ${pt} parent`);
        }
      }
      exports.visit = visit;
      exports.visitAsync = visitAsync;
    })
  )
  /******/
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) {
    return cachedModule.exports;
  }
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    id: moduleId,
    /******/
    loaded: false,
    /******/
    exports: {}
    /******/
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  module.loaded = true;
  return module.exports;
}
__nccwpck_require__.m = __webpack_modules__;
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
  var webpackQueues = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack queues") : "__webpack_queues__";
  var webpackExports = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack exports") : "__webpack_exports__";
  var webpackError = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack error") : "__webpack_error__";
  var resolveQueue = (queue) => {
    if (queue && queue.d < 1) {
      queue.d = 1;
      queue.forEach((fn) => fn.r--);
      queue.forEach((fn) => fn.r-- ? fn.r++ : fn());
    }
  };
  var wrapDeps = (deps) => deps.map((dep) => {
    if (dep !== null && typeof dep === "object") {
      if (dep[webpackQueues]) return dep;
      if (dep.then) {
        var queue = [];
        queue.d = 0;
        dep.then((r) => {
          obj[webpackExports] = r;
          resolveQueue(queue);
        }, (e) => {
          obj[webpackError] = e;
          resolveQueue(queue);
        });
        var obj = {};
        obj[webpackQueues] = (fn) => fn(queue);
        return obj;
      }
    }
    var ret = {};
    ret[webpackQueues] = (x) => {
    };
    ret[webpackExports] = dep;
    return ret;
  });
  __nccwpck_require__.a = (module, body, hasAwait) => {
    var queue;
    hasAwait && ((queue = []).d = -1);
    var depQueues = /* @__PURE__ */ new Set();
    var exports = module.exports;
    var currentDeps;
    var outerResolve;
    var reject;
    var promise = new Promise((resolve, rej) => {
      reject = rej;
      outerResolve = resolve;
    });
    promise[webpackExports] = exports;
    promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"]((x) => {
    }));
    module.exports = promise;
    body((deps) => {
      currentDeps = wrapDeps(deps);
      var fn;
      var getResult = () => currentDeps.map((d) => {
        if (d[webpackError]) throw d[webpackError];
        return d[webpackExports];
      });
      var promise2 = new Promise((resolve) => {
        fn = () => resolve(getResult);
        fn.r = 0;
        var fnQueue = (q) => q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn)));
        currentDeps.map((dep) => dep[webpackQueues](fnQueue));
      });
      return fn.r ? promise2 : getResult();
    }, (err) => (err ? reject(promise[webpackError] = err) : outerResolve(exports), resolveQueue(queue)));
    queue && queue.d < 0 && (queue.d = 0);
  };
})();
(() => {
  __nccwpck_require__.n = (module) => {
    var getter = module && module.__esModule ? (
      /******/
      () => module["default"]
    ) : (
      /******/
      () => module
    );
    __nccwpck_require__.d(getter, { a: getter });
    return getter;
  };
})();
(() => {
  var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__;
  var leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1) value = this(value);
    if (mode & 8) return value;
    if (typeof value === "object" && value) {
      if (mode & 4 && value.__esModule) return value;
      if (mode & 16 && typeof value.then === "function") return value;
    }
    var ns = /* @__PURE__ */ Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) {
      Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
    }
    def["default"] = () => value;
    __nccwpck_require__.d(ns, def);
    return ns;
  };
})();
(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
        Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.f = {};
  __nccwpck_require__.e = (chunkId) => {
    return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
      __nccwpck_require__.f[key](chunkId, promises);
      return promises;
    }, []));
  };
})();
(() => {
  __nccwpck_require__.u = (chunkId) => {
    return "" + chunkId + ".index.js";
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
(() => {
  __nccwpck_require__.r = (exports) => {
    if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
      Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    }
    Object.defineProperty(exports, "__esModule", { value: true });
  };
})();
(() => {
  __nccwpck_require__.nmd = (module) => {
    module.paths = [];
    if (!module.children) module.children = [];
    return module;
  };
})();
(() => {
  var installedChunks = {
    /******/
    792: 0
    /******/
  };
  var installChunk = (data) => {
    var { ids, modules, runtime } = data;
    var moduleId, chunkId, i = 0;
    for (moduleId in modules) {
      if (__nccwpck_require__.o(modules, moduleId)) {
        __nccwpck_require__.m[moduleId] = modules[moduleId];
      }
    }
    if (runtime) runtime(__nccwpck_require__);
    for (; i < ids.length; i++) {
      chunkId = ids[i];
      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
        installedChunks[chunkId][0]();
      }
      installedChunks[ids[i]] = 0;
    }
  };
  __nccwpck_require__.f.j = (chunkId, promises) => {
    var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    if (installedChunkData !== 0) {
      if (installedChunkData) {
        promises.push(installedChunkData[1]);
      } else {
        if (true) {
          var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
            if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
            throw e;
          });
          var promise = Promise.race([promise, new Promise((resolve) => installedChunkData = installedChunks[chunkId] = [resolve])]);
          promises.push(installedChunkData[1] = promise);
        }
      }
    }
  };
})();
var __webpack_exports__ = __nccwpck_require__(95581);
__webpack_exports__ = await __webpack_exports__;
