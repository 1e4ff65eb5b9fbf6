#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(76612);
    const parser_1 = __nccwpck_require__(95152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 76612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(78525);
    const string_intern_1 = __nccwpck_require__(54579);
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
        }
        else {
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
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
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
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
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
        let result = '';
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
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 95152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(78525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
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
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
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
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
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
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
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
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
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
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
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
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
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
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
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
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
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
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
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
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
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
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 78525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 54579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 99547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(76612);
    const edit = __nccwpck_require__(14807);
    const scanner = __nccwpck_require__(78525);
    const parser = __nccwpck_require__(95152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
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
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 95581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62611);
/* harmony import */ var _cli_usage_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(27485);
/* harmony import */ var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(61037);
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(74098);
/* harmony import */ var _last_resort_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(30241);





/**
 * The CLI's entry. Whatever goes wrong ends as one line on stderr and an exit code, never a Node
 * stack trace: 2 for a command line that cannot run, 1 for anything else. --debug (or
 * FLOWFERRY_DEBUG=true) adds the stack, for a bug report. What gets past even that (an unhandled
 * rejection, a callback that throws, a run left waiting forever) is last-resort.ts's, as in the
 * action: for an operation, the result JSON on stdout says `failed` as well.
 */
const argv = process.argv.slice(2);
const debug = argv.includes('--debug') || process.env.FLOWFERRY_DEBUG === 'true';
const command = argv[0] ?? '';
await (0,_last_resort_js__WEBPACK_IMPORTED_MODULE_4__/* .guarded */ .N)(async () => {
    try {
        const code = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .cliMain */ .m)(argv);
        if (code !== undefined)
            process.exitCode = code;
    }
    catch (error) {
        // The message may carry a file name or a value from the command line: written as any log line is.
        process.stderr.write(`${(0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)((0,_cli_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .failureText */ .kY)(error, debug))}\n`);
        // A server opened before the failure must not keep the process alive.
        process.stdout.write('', () => process.exit(error instanceof _cli_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb ? 2 : 1));
    }
}, (message) => {
    process.stderr.write(`${(0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(`flowferry ${command}: ${message}`)}\n`);
    if (_input_names_js__WEBPACK_IMPORTED_MODULE_3__/* .operations */ .zU.includes(command)) {
        process.stdout.write(`${(0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonForStream */ .ci)(JSON.stringify({ operation: command, status: 'failed', message }))}\n`);
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ booleanFlags),
/* harmony export */   XR: () => (/* binding */ operationFlags),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   kX: () => (/* binding */ unknownFlags),
/* harmony export */   pD: () => (/* binding */ envName)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

/**
 * Flags that are booleans. Bare, they mean true; they take the next argument as their value only
 * when it is a boolean word, so `--dry-run bundles/x` is a dry run of bundles/x, not an error.
 */
const booleanFlags = new Set([
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Activate,
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.CreateFolders,
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Wait,
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.UploadArtifact,
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.DryRun,
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AllowHttp,
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.FailOnDrift,
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.RedactSecrets,
    _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Backup,
    'debug',
    'help',
]);
const booleanWord = /^(true|True|TRUE|false|False|FALSE)$/;
/**
 * `--name value`, `--name=value`, and bare `--flag` (meaning true) into a map; positional
 * arguments are returned apart. Small enough that a dependency would be more code than it saves.
 */
function parseArgs(argv) {
    const flags = new Map();
    const positional = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--') || arg === '--') {
            positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        const next = argv[i + 1];
        if (eq > 0) {
            flags.set(name, arg.slice(eq + 1));
        }
        else if (next !== undefined && !next.startsWith('--') && (!booleanFlags.has(name) || booleanWord.test(next))) {
            flags.set(name, next);
            i++;
        }
        else {
            flags.set(name, 'true');
        }
    }
    return { flags, positional };
}
/** The flags of an operation: every action input but `operation` (the command says it), --debug and --help. */
function operationFlags() {
    return [...Object.values(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd).filter((name) => name !== _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Operation), 'debug', 'help'];
}
/** The flags an operation does not know. */
function unknownFlags(flags) {
    const known = new Set(operationFlags());
    return [...flags.keys()].filter((name) => !known.has(name));
}
/** `FLOWFERRY_API_KEY` for `api-key`. */
function envName(input) {
    return `FLOWFERRY_${input.toUpperCase().replace(/-/g, '_')}`;
}


/***/ }),

/***/ 62611:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ cliMain)
});

// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __nccwpck_require__(74098);
// EXTERNAL MODULE: ./src/core/clock.ts
var core_clock = __nccwpck_require__(32257);
// EXTERNAL MODULE: ./src/core/http/dispatcher.ts
var dispatcher = __nccwpck_require__(23123);
// EXTERNAL MODULE: ./src/core/artifact-name.ts
var artifact_name = __nccwpck_require__(70761);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/loopback.ts
var loopback = __nccwpck_require__(3782);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
;// CONCATENATED MODULE: ./src/input-limits.ts


/** Limits of single inputs, each said in the error that enforces it. */
/**
 * The longest `timeout`: the longest a job can run at all, on a self-hosted runner (5 days;
 * GitHub-hosted runners stop a job after 6 hours): https://docs.github.com/en/actions/reference/limits
 * Longer could never be waited out, and past 24.8 days a Node timer fires at once (core/timers.ts).
 */
const MAX_TIMEOUT_MS = 5 * 24 * 3_600_000;
/** The longest `poll-interval`: a gap between polls longer than this is a typo for a timeout. */
const MAX_POLL_INTERVAL_MS = 10 * 60_000;
const TIMEOUT_LIMIT = { max: MAX_TIMEOUT_MS, why: 'the longest a job can run on any GitHub Actions runner (5 days, self-hosted)', example: '30m' };
const POLL_INTERVAL_LIMIT = { max: MAX_POLL_INTERVAL_MS, why: 'the longest gap between status polls flowferry takes', example: '2s' };
function input_limits_duration(name, value, limit) {
    const ms = (0,duration/* parseDuration */.E)(value);
    if (ms === undefined)
        throw new core_errors/* InputError */.dz(name, `'${value}' is not a duration; use a number of seconds or 90s, 10m, 1h`, limit.example);
    if (ms > limit.max)
        throw new core_errors/* InputError */.dz(name, `'${value}' is longer than ${(0,duration/* formatDuration */.a)(limit.max)}, ${limit.why}`, limit.example);
    return ms;
}
/**
 * A credential goes into a request header (or a signature over one): a line break or another
 * control character cannot be sent there (RFC 9110 §5.5), and Node's HTTP client would refuse
 * the request only once it is under way (ERR_INVALID_CHAR, https://nodejs.org/api/errors.html#err_invalid_char). Said at once, naming the input and never the value.
 */
function credential(name, value) {
    if (value !== undefined && /[\u0000-\u001f\u007f]/.test(value)) {
        throw new core_errors/* InputError */.dz(name, 'holds a line break or another control character, which no request header can carry; copy the secret again without it');
    }
}

// EXTERNAL MODULE: ./src/core/secrets.ts + 1 modules
var secrets = __nccwpck_require__(58010);
// EXTERNAL MODULE: ./src/platforms/koreai/facts.ts
var facts = __nccwpck_require__(40947);
// EXTERNAL MODULE: ./src/platforms/leapwork/facts.ts
var leapwork_facts = __nccwpck_require__(97057);
// EXTERNAL MODULE: ./src/platforms/secmaster/facts.ts
var secmaster_facts = __nccwpck_require__(11599);
// EXTERNAL MODULE: ./src/platforms/zuora/facts.ts
var zuora_facts = __nccwpck_require__(50303);
;// CONCATENATED MODULE: ./src/platforms/registry.ts




/** Every platform flowferry drives, by the `platform` input's value: one line each. */
const registry = {
    koreai: { facts: facts/* koreai */.Q, load: () => __nccwpck_require__.e(/* import() */ 437).then(__nccwpck_require__.bind(__nccwpck_require__, 1437)) },
    zuora: { facts: zuora_facts/* zuora */.k, load: () => __nccwpck_require__.e(/* import() */ 692).then(__nccwpck_require__.bind(__nccwpck_require__, 7692)) },
    secmaster: { facts: secmaster_facts/* secmaster */.o, load: () => __nccwpck_require__.e(/* import() */ 727).then(__nccwpck_require__.bind(__nccwpck_require__, 57727)) },
    leapwork: { facts: leapwork_facts/* leapwork */.m, load: () => __nccwpck_require__.e(/* import() */ 135).then(__nccwpck_require__.bind(__nccwpck_require__, 25135)) },
};
function platformNames() {
    return Object.keys(registry);
}
/** What is known of every platform, without loading any. */
function everyPlatform() {
    return Object.values(registry).map((entry) => entry.facts);
}
/** What is known of a platform without loading it; the name must be one of `platformNames()`. */
function platformFacts(name) {
    return entry(name).facts;
}
/** The platform, its code loaded. */
async function loadPlatform(name) {
    return (await entry(name).load()).platform;
}
function entry(name) {
    const found = Object.hasOwn(registry, name) ? registry[name] : undefined;
    if (!found)
        throw new RangeError(`flowferry has no platform '${name}'`);
    return found;
}

;// CONCATENATED MODULE: ./src/inputs.ts







/**
 * Every input of action.yml, read and checked here and nowhere else. A problem fails at once with
 * the input's name and an example of a good value.
 */
function readInputs(source) {
    const raw = (name) => {
        const value = source(name).trim();
        return value === '' ? undefined : value;
    };
    // Mask first, before any check can put a value into an error message.
    for (const name of input_names/* credentialInputs */.HP)
        (0,secrets/* registerSecret */.cl)(raw(name));
    for (const name of input_names/* credentialInputs */.HP)
        credential(name, raw(name));
    // Not a platform credential (no resume hint names it), but a secret all the same.
    (0,secrets/* registerSecret */.cl)(raw(input_names/* Input */.pd.GithubToken));
    credential(input_names/* Input */.pd.GithubToken, raw(input_names/* Input */.pd.GithubToken));
    const platform = oneOf(input_names/* Input */.pd.Platform, raw(input_names/* Input */.pd.Platform), platformNames(), 'koreai');
    const facts = platformFacts(platform);
    const operation = oneOf(input_names/* Input */.pd.Operation, raw(input_names/* Input */.pd.Operation), input_names/* operations */.zU, 'import');
    const allowHttp = bool(input_names/* Input */.pd.AllowHttp, raw(input_names/* Input */.pd.AllowHttp), false);
    const baseUrlText = raw(input_names/* Input */.pd.BaseUrl);
    const baseUrl = baseUrlText === undefined ? undefined : url(input_names/* Input */.pd.BaseUrl, baseUrlText, allowHttp);
    const settings = {
        platform,
        operation,
        baseUrl,
        workflowId: raw(input_names/* Input */.pd.WorkflowId),
        workflowName: raw(input_names/* Input */.pd.WorkflowName),
        path: raw(input_names/* Input */.pd.Path) ?? (operation === 'export' ? 'flowferry-export' : ''),
        wait: bool(input_names/* Input */.pd.Wait, raw(input_names/* Input */.pd.Wait), true),
        timeoutMs: input_limits_duration(input_names/* Input */.pd.Timeout, raw(input_names/* Input */.pd.Timeout) ?? '30m', TIMEOUT_LIMIT),
        pollIntervalMs: input_limits_duration(input_names/* Input */.pd.PollInterval, raw(input_names/* Input */.pd.PollInterval) ?? '2s', POLL_INTERVAL_LIMIT),
        jobId: raw(input_names/* Input */.pd.JobId),
        uploadArtifact: bool(input_names/* Input */.pd.UploadArtifact, raw(input_names/* Input */.pd.UploadArtifact), true),
        artifactName: artifactName(raw(input_names/* Input */.pd.ArtifactName)),
        retentionDays: integer(input_names/* Input */.pd.RetentionDays, raw(input_names/* Input */.pd.RetentionDays), 1, 90, '14'),
        dryRun: bool(input_names/* Input */.pd.DryRun, raw(input_names/* Input */.pd.DryRun), false),
        allowHttp,
        failOnDrift: bool(input_names/* Input */.pd.FailOnDrift, raw(input_names/* Input */.pd.FailOnDrift), false),
        varsFile: raw(input_names/* Input */.pd.VarsFile),
        redactSecrets: bool(input_names/* Input */.pd.RedactSecrets, raw(input_names/* Input */.pd.RedactSecrets), true),
        backup: bool(input_names/* Input */.pd.Backup, raw(input_names/* Input */.pd.Backup), false),
        concurrency: integer(input_names/* Input */.pd.Concurrency, raw(input_names/* Input */.pd.Concurrency), 1, 64, '4') ?? 4,
        prComment: bool(input_names/* Input */.pd.PrComment, raw(input_names/* Input */.pd.PrComment), false),
        githubToken: raw(input_names/* Input */.pd.GithubToken),
        // The platform's own inputs, as it declares them (platforms/<name>/facts.ts).
        own: facts.readSettings({
            text: raw,
            flag: (name, fallback) => bool(name, raw(name), fallback),
            identityEndpoint: (name) => credentialEndpoint(name, raw(name)),
        }),
    };
    checkNeeds(settings, facts, raw);
    return settings;
}
/** The inputs the chosen operation and platform cannot do without. */
function checkNeeds(settings, platform, raw) {
    const { operation } = settings;
    if (operation === 'validate') {
        if (!settings.path)
            throw new core_errors/* InputError */.dz(input_names/* Input */.pd.Path, 'validate needs the bundle(s) to check', 'bundles/**');
        return;
    }
    if (!settings.baseUrl) {
        throw new core_errors/* InputError */.dz(input_names/* Input */.pd.BaseUrl, `${operation} talks to ${platform.title}, so it needs its API base URL`, platform.inputs.exampleBaseUrl);
    }
    if ((operation === 'import' || operation === 'diff') && !settings.path) {
        throw new core_errors/* InputError */.dz(input_names/* Input */.pd.Path, `${operation} needs a bundle directory, a platform file or a glob`, 'flowferry-export');
    }
    if (operation === 'wait') {
        if (!platform.jobs) {
            throw new core_errors/* InputError */.dz(input_names/* Input */.pd.Operation, `${platform.title} finishes imports and exports within the request; there is no job to wait for`);
        }
        if (!settings.jobId)
            throw new core_errors/* InputError */.dz(input_names/* Input */.pd.JobId, 'wait needs the job id printed by an earlier run', 'ds-5678');
    }
    if (settings.timeoutMs <= 0)
        throw new core_errors/* InputError */.dz(input_names/* Input */.pd.Timeout, 'must be longer than zero', '30m');
    if (settings.pollIntervalMs <= 0)
        throw new core_errors/* InputError */.dz(input_names/* Input */.pd.PollInterval, 'must be longer than zero', '2s');
    requireOneOf(platform, platform.inputs.auth, raw, `${platform.title} needs credentials`);
    const needs = platform.inputs.operations?.[operation];
    if (needs)
        requireOneOf(platform, needs, raw, `${operation} on ${platform.title} needs`);
}
function requireOneOf(platform, alternatives, raw, what) {
    if (alternatives.length === 0)
        return;
    if (alternatives.some((set) => set.every((name) => raw(name) !== undefined)))
        return;
    // Name the set the user has gone furthest with (ids shared by every set do not count), else the first one.
    const given = (set) => set.filter((name) => raw(name) !== undefined && !alternatives.every((other) => other.includes(name))).length;
    const closest = alternatives.reduce((best, set) => (given(set) > given(best) ? set : best), alternatives[0]);
    const missing = closest.find((name) => raw(name) === undefined);
    const options = alternatives.map((set) => set.map((name) => `'${name}'`).join(' + ')).join(', or ');
    throw new core_errors/* InputError */.dz(missing, `is missing: ${what} ${options}`, exampleFor(platform, missing));
}
/** Examples of the inputs every platform shares; a platform's own are in its facts. */
const EXAMPLES = {
    [input_names/* Input */.pd.WorkflowId]: 'a-1234abcd',
    [input_names/* Input */.pd.WorkflowName]: 'Invoice triage',
};
function exampleFor(platform, name) {
    if (input_names/* credentialInputs */.HP.includes(name))
        return `\${{ secrets.${name.toUpperCase().replace(/-/g, '_')} }}`;
    return platform.inputs.examples?.[name] ?? EXAMPLES[name] ?? '…';
}
function oneOf(name, value, allowed, example) {
    if (value === undefined)
        throw new core_errors/* InputError */.dz(name, `is required; one of ${allowed.join(', ')}`, example);
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (!match)
        throw new core_errors/* InputError */.dz(name, `'${value}' is not one of ${allowed.join(', ')}`, example);
    return match;
}
/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
function bool(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new core_errors/* InputError */.dz(name, `'${value}' is not a boolean; use true or false`, String(!fallback));
}
function integer(name, value, min, max, example) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new core_errors/* InputError */.dz(name, `'${value}' is not a whole number from ${min} to ${max}`, example);
    }
    return Number(value);
}
/**
 * https anywhere; plain http only to this machine, unless `allow-http` says the network between
 * runner and platform is trusted (an on-premises Leapwork controller, say).
 */
function url(name, value, allowHttp) {
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new core_errors/* InputError */.dz(name, `'${value}' is not a URL`, 'https://platform.example.com');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new core_errors/* InputError */.dz(name, `'${value}' must start with https:// (or http://)`, 'https://platform.example.com');
    }
    if (parsed.username || parsed.password) {
        throw new core_errors/* InputError */.dz(name, 'must not carry a user name or password; use the credential inputs', 'https://platform.example.com');
    }
    if (parsed.search || parsed.hash) {
        throw new core_errors/* InputError */.dz(name, 'must not have a query or fragment', `${parsed.origin}${parsed.pathname}`);
    }
    if (parsed.protocol === 'http:' && !allowHttp && !(0,loopback/* isLoopback */.U)(parsed.hostname)) {
        throw new core_errors/* InputError */.dz(name, `'${parsed.origin}' uses plain http to a host that is not this machine, so credentials would cross the network unencrypted. ` +
            'Use https, or set allow-http: true if that network is trusted', `https://${parsed.host}`);
    }
    parsed.pathname = parsed.pathname.replace(/\/+$/, '');
    return parsed;
}
/**
 * An endpoint that receives identity tokens (the GitHub ID token, IAM's tokens): https, or plain
 * http to this machine only. `allow-http` does not reach it: no identity service worth trusting
 * speaks plain http across a network.
 */
function credentialEndpoint(name, value) {
    if (value === undefined)
        return undefined;
    const parsed = url(name, value, true);
    if (parsed.protocol === 'http:' && !(0,loopback/* isLoopback */.U)(parsed.hostname)) {
        throw new core_errors/* InputError */.dz(name, `'${parsed.origin}' must use https: identity tokens are sent there, and allow-http does not apply to it`, `https://${parsed.host}`);
    }
    return parsed;
}
function artifactName(value) {
    if (value !== undefined && artifact_name/* ARTIFACT_NAME_FORBIDDEN */.R.test(value)) {
        throw new core_errors/* InputError */.dz(input_names/* Input */.pd.ArtifactName, `'${value}' contains a character GitHub does not allow (" : < > | * ? \\ / or a line break)`, 'koreai-invoice-triage');
    }
    return value;
}

// EXTERNAL MODULE: ./src/operations/glob.ts
var glob = __nccwpck_require__(82758);
;// CONCATENATED MODULE: ./src/operations/index.ts
/**
 * Each operation is loaded when it runs: an export never compiles the bundle reader, the diff,
 * the zip reader or the manifest schema (zod), and the start-up before the first request is
 * shorter by that much.
 */
const operationRunners = {
    import: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(568), __nccwpck_require__.e(681)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54681))).importOperation,
    export: async () => (await __nccwpck_require__.e(/* import() */ 568).then(__nccwpck_require__.bind(__nccwpck_require__, 90568))).exportOperation,
    validate: async () => (await __nccwpck_require__.e(/* import() */ 721).then(__nccwpck_require__.bind(__nccwpck_require__, 60721))).validateOperation,
    wait: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(568), __nccwpck_require__.e(501)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22501))).waitOperation,
    diff: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(568), __nccwpck_require__.e(850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51850))).diffOperation,
};

// EXTERNAL MODULE: ./src/operations/result.ts
var result = __nccwpck_require__(94649);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __nccwpck_require__(61037);
;// CONCATENATED MODULE: ./src/main.ts









/**
 * The action and the CLI both come here: read the inputs, run the one operation they name, and
 * hand the outcome to the front end, which publishes outputs and summary and, on failure, fails
 * the step. Errors become results here; the front end is the one place they become a failure.
 */
async function run(frontEnd) {
    const clock = frontEnd.clock ?? core_clock/* systemClock */.m;
    const started = clock.now();
    let settings;
    let results;
    try {
        settings = readInputs(frontEnd.input);
        results = await execute(settings, frontEnd);
    }
    catch (error) {
        const platform = settings?.platform ?? (frontEnd.input(input_names/* Input */.pd.Platform).trim() || 'unknown');
        const operation = (settings?.operation ?? (frontEnd.input(input_names/* Input */.pd.Operation).trim() || 'unknown'));
        results = [(0,result/* recordFailure */.C5)((0,result/* newResult */.YT)(platform, operation), error)];
    }
    finally {
        await (0,dispatcher/* closeHttp */.D6)();
    }
    const report = {
        platform: settings?.platform ?? results[0].platform,
        operation: settings?.operation ?? results[0].operation,
        status: (0,result/* overallStatus */.gX)(results),
        results,
        batch: settings ? (0,glob/* isGlob */.f)(settings.path) && (settings.operation === 'import' || settings.operation === 'validate' || settings.operation === 'diff') : false,
        durationMs: clock.now() - started,
        prComment: settings?.prComment ? { token: settings.githubToken } : undefined,
    };
    await frontEnd.publish(report);
    return report;
}
async function execute(settings, frontEnd) {
    const platform = await loadPlatform(settings.platform);
    const clock = frontEnd.clock ?? core_clock/* systemClock */.m;
    // URLs on this origin keep their query in what is shown; links elsewhere (presigned) lose it.
    (0,untrusted_text/* setHomeOrigin */.UK)(settings.baseUrl);
    let client;
    const context = {
        settings,
        platform,
        log: frontEnd.log,
        clock,
        deadline: core_clock/* Deadline */.B.after(settings.timeoutMs, clock),
        artifacts: frontEnd.artifacts,
        client: () => (client ??= platform.connect(settings, { log: frontEnd.log, deadline: context.deadline, clock, idToken: frontEnd.idToken })),
        resumeHint: (jobId) => frontEnd.resumeHint(settings, jobId),
        idToken: frontEnd.idToken,
    };
    frontEnd.log.info(`flowferry ${settings.operation} on ${platform.title}${settings.baseUrl ? ` at ${settings.baseUrl.origin}` : ''}`);
    const runner = await operationRunners[settings.operation]();
    return runner(context);
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(77593);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./src/core/artifact-level.ts


/**
 * The zlib level @actions/artifact zips a bundle with (0–9; it uses 6 unless told otherwise:
 * https://github.com/actions/toolkit/tree/main/packages/artifact#upload-an-artifact). Level 6 on
 * a 1 GiB package that is already a zip spent a minute of CPU to save nothing. So the level
 * follows the content, weighed by bytes:
 * - most bytes already compressed (a zip, gzip, 7z, xz, bzip2 or zstd file: its first bytes
 *   say so, whatever its name) or opaque (larger than IN_MEMORY_DOCUMENT_LIMIT: flowferry keeps
 *   such files byte for byte and never reads them whole) → 0, stored;
 * - otherwise, documents (JSON, a vars file) → 1: deflate's fastest level still shrinks JSON
 *   several times over, at a fraction of level 6's time
 *   (https://www.zlib.net/manual.html#Constants: 1 gives best speed).
 */
const STORED = 0;
const FAST = 1;
const MAGIC = [
    Buffer.from('504b0304', 'hex'), // zip
    Buffer.from('504b0506', 'hex'), // empty zip
    Buffer.from('1f8b', 'hex'), // gzip
    Buffer.from('377abcaf271c', 'hex'), // 7z
    Buffer.from('fd377a585a00', 'hex'), // xz
    Buffer.from('425a68', 'hex'), // bzip2
    Buffer.from('28b52ffd', 'hex'), // zstd
];
/** The level for the files of one artifact (absolute paths). A file that cannot be read counts as a document. */
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
        const handle = await open(file, 'r');
        try {
            const { size } = await handle.stat();
            const head = Buffer.alloc(8);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            return { bytes: size, head: head.subarray(0, bytesRead) };
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return { bytes: 0, head: Buffer.alloc(0) };
    }
}

// EXTERNAL MODULE: ./src/core/memory.ts
var memory = __nccwpck_require__(11360);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var core_phrasing = __nccwpck_require__(31677);
;// CONCATENATED MODULE: ./src/core/artifact.ts




/** GitHub's artifact service did not take the bundle. */
class ArtifactError extends (/* unused pure expression or super */ null && (FlowferryError)) {
}
// Written when needed: a mention draws phrasing's nonce, and with it node:crypto (core/crypto.ts).
const uploadHint = () => `An artifact name can be used once per workflow run: set ${input('artifact-name')} to another one, or ${setting('upload-artifact', 'false')} to keep the bundle in the workspace only; otherwise ${phrase('rerun')}.`;
/**
 * GitHub's artifact service through @actions/artifact. The client (with Azure's blob SDK behind
 * it) is by far the heaviest module flowferry has, so it is imported only when an upload happens.
 */
class GitHubArtifactStore {
    log;
    env;
    constructor(log, env = process.env) {
        this.log = log;
        this.env = env;
    }
    unavailableReason() {
        if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
            return 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL are not set)';
        }
        return undefined;
    }
    async upload(name, files, rootDir, retentionDays) {
        // The bundle's documents were just parsed and written: their garbage goes before the client's code and buffers come.
        releaseGarbage();
        const compressionLevel = await compressionLevelFor(files);
        this.log.debug(`artifact ${name}: zip compression level ${compressionLevel}`);
        const { DefaultArtifactClient } = await __nccwpck_require__.e(/* import() */ 291).then(__nccwpck_require__.bind(__nccwpck_require__, 7291));
        const client = new DefaultArtifactClient();
        let uploaded;
        try {
            limitUploadConcurrency(this.env);
            uploaded = await releasingWhile(() => client.uploadArtifact(name, files, rootDir, { compressionLevel, ...(retentionDays ? { retentionDays } : {}) }));
        }
        catch (error) {
            // The service's and the toolkit's own errors (a name already used in this run, a quota, the
            // network) reach the user as a failed upload with what to change, not as "Unexpected error".
            throw new ArtifactError(`upload of artifact '${name}' failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error, hint: uploadHint() });
        }
        const { id, digest } = uploaded;
        if (id === undefined)
            throw new ArtifactError(`the artifact service did not return an id for artifact '${name}'`, { hint: uploadHint() });
        this.log.debug(`artifact ${name}: id ${id}, digest ${digest ?? 'none'}`);
        return { id: String(id), url: this.urlFor(id) };
    }
    urlFor(id) {
        const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = this.env;
        return repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : undefined;
    }
}
/**
 * Blocks the client uploads at once. Its blob upload holds one 8 MiB buffer per block in flight,
 * five by default, beside its zip stream's own 8 MiB buffers: 40 MiB of a 150 MB budget for one
 * export. Two in flight keep a block on the wire while the next one fills, at half that. A
 * runner's own ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY, which the client reads, still wins.
 * https://github.com/actions/toolkit/blob/main/packages/artifact/src/internal/shared/config.ts
 */
const ARTIFACT_UPLOAD_CONCURRENCY = 2;
function limitUploadConcurrency(env) {
    // The client reads process.env itself; a store given another environment (a test's) leaves it alone.
    if (env === process.env && !env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY)
        env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY = String(ARTIFACT_UPLOAD_CONCURRENCY);
}
/** For the CLI and tests: no artifact service. */
const noArtifactStore = {
    unavailableReason: () => 'artifacts exist only on GitHub Actions runners',
    upload: () => Promise.reject(new Error('no artifact store')),
};

// EXTERNAL MODULE: ./src/core/id-token.ts
var id_token = __nccwpck_require__(34070);
// EXTERNAL MODULE: ./src/core/crypto.ts
var core_crypto = __nccwpck_require__(16082);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/core/workflow-commands.ts




/** An input as the runner passes it: INPUT_<NAME>, spaces as underscores, trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function info(message) {
    process.stdout.write(message + EOL);
}
function debug(message) {
    issue('debug', {}, message);
}
function notice(message, properties = {}) {
    issue('notice', annotation(properties), message);
}
function warning(message, properties = {}) {
    issue('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    issue('error', annotation(properties), message);
}
/** The step fails (exit code 1) with this error. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The runner masks the value in every later line of the log. */
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
async function group(name, fn) {
    issue('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issue('endgroup', {}, '');
    }
}
/**
 * An output: appended to GITHUB_OUTPUT under a random heredoc delimiter that neither the name nor
 * the value may hold, so a value cannot add a key; `::set-output` when there is no such file.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT ?? '';
    if (!file) {
        process.stdout.write(EOL);
        issue('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}
/**
 * Appends markdown to the job summary, as the toolkit's `summary.addRaw(text).write()` does
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary):
 * the file GITHUB_STEP_SUMMARY names must be there, readable and writable.
 */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await access(file, constants.R_OK | constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await appendFile(file, markdown, { encoding: 'utf8' });
}
function annotation(properties) {
    return { title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn };
}
/** `::command key=value,key=value::message`, with the runner's escaping of data and properties. */
function issue(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    process.stdout.write(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/core/log.ts



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
            startColumn: finding.line === undefined ? undefined : finding.col,
        };
        // A finding quotes the bundle (a task name, a key): one line, like any text from outside.
        const message = forLog(oneLine(finding.message));
        if (finding.severity === 'error')
            core.error(message, properties);
        else if (finding.severity === 'warning')
            core.warning(message, properties);
        else
            core.notice(message, properties);
    }
    group(name, fn) {
        return core.group(forLog(name), fn);
    }
}
/** Plain output for the CLI: progress and notes on stderr, so stdout stays machine-readable. */
class ConsoleLogger {
    debugEnabled;
    write;
    constructor(debugEnabled = false, write = (line) => process.stderr.write(`${line}\n`)) {
        this.debugEnabled = debugEnabled;
        this.write = write;
    }
    debug(message) {
        if (this.debugEnabled)
            this.write((0,untrusted_text/* forLog */.Ig)(`debug: ${message}`));
    }
    info(message) {
        this.write((0,untrusted_text/* forLog */.Ig)(message));
    }
    warning(message) {
        this.write((0,untrusted_text/* forLog */.Ig)(`warning: ${message}`));
    }
    error(message) {
        this.write((0,untrusted_text/* forLog */.Ig)(`error: ${message}`));
    }
    annotate(finding) {
        this.write((0,untrusted_text/* forLog */.Ig)((0,untrusted_text/* oneLine */.TN)(`${finding.severity}: ${(0,core_errors/* formatLocation */.Cw)(finding)}: ${finding.message} [${finding.rule}]`)));
    }
    async group(name, fn) {
        this.write((0,untrusted_text/* forLog */.Ig)(`▸ ${name}`));
        return fn();
    }
}
/** Collects lines in memory; for tests. */
class MemoryLogger {
    debugEnabled;
    lines = [];
    findings = [];
    constructor(debugEnabled = true) {
        this.debugEnabled = debugEnabled;
    }
    debug(message) {
        this.lines.push(`debug: ${(0,untrusted_text/* forLog */.Ig)(message)}`);
    }
    info(message) {
        this.lines.push((0,untrusted_text/* forLog */.Ig)(message));
    }
    warning(message) {
        this.lines.push(`warning: ${(0,untrusted_text/* forLog */.Ig)(message)}`);
    }
    error(message) {
        this.lines.push(`error: ${(0,untrusted_text/* forLog */.Ig)(message)}`);
    }
    annotate(finding) {
        this.findings.push(finding);
    }
    async group(name, fn) {
        this.lines.push(`[${name}]`);
        return fn();
    }
    text() {
        return this.lines.join('\n');
    }
}

;// CONCATENATED MODULE: ./src/core/phrased-log.ts

/** The logger with every line (and every finding's message) rendered for its front end. */
function phrasedLogger(log, phrasing) {
    const say = (text) => (0,core_phrasing/* render */.XX)(text, phrasing);
    return {
        get debugEnabled() {
            return log.debugEnabled;
        },
        debug: (message) => log.debug(say(message)),
        info: (message) => log.info(say(message)),
        warning: (message) => log.warning(say(message)),
        error: (message) => log.error(say(message)),
        annotate: (finding) => log.annotate({ ...finding, message: say(finding.message) }),
        group: (name, fn) => log.group(say(name), fn),
    };
}

;// CONCATENATED MODULE: ./src/output-names.ts
/**
 * The names of the action's outputs, as action.yml declares them, in a module of their own (as
 * input-names.ts is for inputs) so that whatever writes an output names it the same way.
 */
const Output = {
    Status: 'status',
    PlatformStatus: 'platform-status',
    WorkflowId: 'workflow-id',
    JobId: 'job-id',
    Version: 'version',
    Path: 'path',
    Files: 'files',
    ArtifactId: 'artifact-id',
    ArtifactUrl: 'artifact-url',
    DownloadUrl: 'download-url',
    Changed: 'changed',
    BackupArtifactId: 'backup-artifact-id',
    CommentUrl: 'comment-url',
    Result: 'result',
};

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(36419);
;// CONCATENATED MODULE: ./src/outputs.ts



/**
 * The contract's outputs from a run. With a glob of bundles, `result` is the array of results and
 * the per-workflow outputs stay empty (there is no single workflow to name); `status` is the
 * worst of the batch and `files` lists the files of all bundles.
 *
 * Values come partly from platform replies. Each output but `result` and `files` (JSON, with
 * every control, separator and bidi character escaped) is one line with visible escapes, so that a later step
 * that puts it into a command line or a file gets no line it did not expect; `download-url`
 * loses its query (a presigned link's signature) here and in `result`.
 */
function outputsOf(report) {
    const single = report.batch ? undefined : report.results[0];
    const pick = (key) => {
        const value = single?.[key];
        return value === undefined || value === null ? '' : (0,untrusted_text/* oneLine */.TN)(String(value));
    };
    return {
        [Output.Status]: report.status,
        [Output.PlatformStatus]: pick('platformStatus'),
        [Output.WorkflowId]: pick('workflowId'),
        [Output.JobId]: pick('jobId'),
        [Output.Version]: pick('version'),
        [Output.Path]: pick('path'),
        [Output.Files]: filesText(report.results.flatMap((result) => result.files ?? [])),
        [Output.ArtifactId]: pick('artifactId'),
        [Output.ArtifactUrl]: pick('artifactUrl'),
        [Output.DownloadUrl]: single?.downloadUrl ? (0,untrusted_text/* withoutQuery */.j$)(single.downloadUrl) : '',
        [Output.Changed]: report.operation === 'diff' ? String(report.results.some((result) => result.changed === true)) : '',
        [Output.BackupArtifactId]: pick('backupArtifactId'),
        [Output.CommentUrl]: report.commentUrl ? (0,untrusted_text/* oneLine */.TN)(report.commentUrl) : '',
        [Output.Result]: resultText(report),
    };
}
/** The result as the `result` output carries it: the diff stays in the summary and the pull-request comment. */
function publicResult(result) {
    const { diff: _diff, diffFiles: _diffFiles, ...rest } = result;
    return rest.downloadUrl ? { ...rest, downloadUrl: (0,untrusted_text/* withoutQuery */.j$)(rest.downloadUrl) } : rest;
}
/**
 * `result` within OUTPUT_JSON_BUDGET_BYTES (core/limits.ts): whole when it fits; else each result
 * without its lists (findings, notes, files, the dry run's clauses) and with a short message; else,
 * past what fits, only each bundle's path and status. A shortened result says `"shortened": true`;
 * the log and the summary keep the rest.
 */
function resultText(report) {
    const results = report.results.map(publicResult);
    const whole = (0,untrusted_text/* jsonText */.s$)(report.batch ? results : results[0]);
    if (Buffer.byteLength(whole) <= limits/* OUTPUT_JSON_BUDGET_BYTES */.BO)
        return whole;
    const compact = results.map(compactResult);
    if (!report.batch)
        return (0,untrusted_text/* jsonText */.s$)(compact[0]);
    const shown = [];
    // Room kept for the bare path and status of every bundle after the ones shown in full.
    let left = limits/* OUTPUT_JSON_BUDGET_BYTES */.BO - results.length * 300;
    for (const [i, result] of compact.entries()) {
        const size = Buffer.byteLength((0,untrusted_text/* jsonText */.s$)(result)) + 1;
        if (size > left) {
            shown.push(...results.slice(i).map((rest) => ({ path: cutText(rest.path, 200), status: rest.status, shortened: true })));
            break;
        }
        left -= size - 300;
        shown.push(result);
    }
    return (0,untrusted_text/* jsonText */.s$)(shown);
}
function compactResult(result) {
    const { findings: _f, notes: _n, files: _files, dryRun: _d, placeholders: _p, hint, message, ...rest } = result;
    return { ...rest, message: cutText(message, 300), hint: cutText(hint, 300), shortened: true };
}
function cutText(text, max) {
    return text === undefined || text.length <= max ? text : `${text.slice(0, max)}…`;
}
/** `files` within the budget: the first paths that fit (a glob of 1,000 bundles of 1,000 files each lists a million). */
function filesText(files) {
    const whole = (0,untrusted_text/* jsonText */.s$)(files);
    if (Buffer.byteLength(whole) <= limits/* OUTPUT_JSON_BUDGET_BYTES */.BO)
        return whole;
    let size = 2;
    const kept = [];
    for (const file of files) {
        size += Buffer.byteLength((0,untrusted_text/* jsonText */.s$)(file)) + 1;
        if (size > limits/* OUTPUT_JSON_BUDGET_BYTES */.BO)
            break;
        kept.push(file);
    }
    return (0,untrusted_text/* jsonText */.s$)(kept);
}

// EXTERNAL MODULE: ./src/cli/phrasing.ts
var phrasing = __nccwpck_require__(11294);
;// CONCATENATED MODULE: ./src/cli/front-end.ts













/**
 * The terminal as a front end: inputs from flags, then `FLOWFERRY_*` variables; progress and
 * the summary on stderr; the `result` JSON on stdout; exit code 1 on failure, as in the action.
 */
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
        this.phrasing = (0,phrasing/* cliPhrasing */.z)((flag) => flags.has(flag));
        this.log = phrasedLogger(new ConsoleLogger(flags.has('debug') || env.FLOWFERRY_DEBUG === 'true'), this.phrasing);
        this.input = (name) => {
            if (name === input_names/* Input */.pd.Operation)
                return operation;
            return flags.get(name) ?? env[(0,args/* envName */.pD)(name)] ?? '';
        };
        this.idToken = (0,id_token/* idTokenSource */.kn)((0,id_token/* askRunner */.ob)(this.log, env), env);
    }
    resumeHint(settings, jobId) {
        const credentials = input_names/* credentialInputs */.HP.filter((name) => this.input(name)).map((name) => (0,args/* envName */.pD)(name));
        return [
            `Resume with:`,
            `  flowferry wait --platform ${settings.platform} --base-url ${settings.baseUrl?.toString() ?? ''} --job-id ${jobId}`,
            credentials.length ? `  (credentials from ${credentials.join(', ')})` : '',
        ]
            .filter(Boolean)
            .join('\n');
    }
    async publish(unrendered) {
        const report = (0,core_phrasing/* renderAll */.Yl)(unrendered, this.phrasing);
        for (const result of report.results)
            for (const finding of result.findings ?? [])
                this.log.annotate(finding);
        for (const result of report.results) {
            const parts = [
                result.path,
                result.workflowId && `workflow ${result.workflowId}`,
                result.jobId && `job ${result.jobId}`,
                result.version && `version ${result.version}`,
                result.durationMs !== undefined && (0,duration/* formatDuration */.a)(result.durationMs),
            ].filter(Boolean);
            this.log.info(`${result.status}${parts.length ? ` · ${parts.join(' · ')}` : ''}`);
            if (result.message && result.status !== 'succeeded')
                this.log.info(`  ${result.message}`);
            if (result.hint)
                this.log.info(result.hint.replace(/^/gm, '  '));
            if (result.diff)
                this.log.info(result.diff);
        }
        this.stdout(`${(0,untrusted_text/* jsonForStream */.ci)(outputsOf(report)[Output.Result])}\n`);
        if ((0,result/* isFailure */.N6)(report.status))
            process.exitCode = 1;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
;// CONCATENATED MODULE: ./src/input-use.ts

const online = ['import', 'export', 'diff', 'wait'];
const input_use_all = 'all';
const jobs = 'jobs';
const inputUse = {
    [input_names/* Input */.pd.Platform]: { operations: input_use_all, platforms: input_use_all },
    [input_names/* Input */.pd.Operation]: { operations: input_use_all, platforms: input_use_all },
    [input_names/* Input */.pd.BaseUrl]: { operations: online, platforms: input_use_all },
    [input_names/* Input */.pd.ApiKey]: { operations: online, platforms: ['koreai', 'leapwork'] },
    [input_names/* Input */.pd.Token]: { operations: online, platforms: ['zuora', 'secmaster'] },
    [input_names/* Input */.pd.ClientId]: { operations: online, platforms: ['zuora'] },
    [input_names/* Input */.pd.ClientSecret]: { operations: online, platforms: ['zuora'] },
    [input_names/* Input */.pd.AccessKeyId]: { operations: online, platforms: ['secmaster'] },
    [input_names/* Input */.pd.SecretAccessKey]: { operations: online, platforms: ['secmaster'] },
    [input_names/* Input */.pd.ProjectId]: { operations: online, platforms: ['secmaster'] },
    [input_names/* Input */.pd.WorkspaceId]: { operations: online, platforms: ['secmaster'] },
    [input_names/* Input */.pd.WorkflowId]: { operations: ['import', 'export', 'diff'], platforms: input_use_all },
    [input_names/* Input */.pd.WorkflowName]: { operations: ['import', 'export', 'diff'], platforms: input_use_all },
    [input_names/* Input */.pd.FlowId]: { operations: ['export', 'diff'], platforms: ['koreai'] },
    [input_names/* Input */.pd.Version]: { operations: ['import', 'export', 'diff'], platforms: ['zuora'] },
    [input_names/* Input */.pd.Activate]: { operations: ['import'], platforms: ['zuora'] },
    [input_names/* Input */.pd.TargetFolder]: { operations: ['import'], platforms: ['leapwork'] },
    [input_names/* Input */.pd.CreateFolders]: { operations: ['import'], platforms: ['leapwork'] },
    [input_names/* Input */.pd.Path]: { operations: ['import', 'export', 'validate', 'diff'], platforms: input_use_all },
    [input_names/* Input */.pd.Wait]: { operations: ['import', 'export'], platforms: jobs },
    [input_names/* Input */.pd.Timeout]: { operations: online, platforms: input_use_all },
    [input_names/* Input */.pd.PollInterval]: { operations: online, platforms: jobs },
    [input_names/* Input */.pd.JobId]: { operations: ['wait'], platforms: jobs },
    [input_names/* Input */.pd.UploadArtifact]: { operations: ['export'], platforms: input_use_all },
    [input_names/* Input */.pd.ArtifactName]: { operations: ['export'], platforms: input_use_all },
    [input_names/* Input */.pd.RetentionDays]: { operations: ['export'], platforms: input_use_all },
    [input_names/* Input */.pd.DryRun]: { operations: ['import'], platforms: input_use_all },
    [input_names/* Input */.pd.AllowHttp]: { operations: online, platforms: input_use_all },
    [input_names/* Input */.pd.FailOnDrift]: { operations: ['diff'], platforms: input_use_all },
    [input_names/* Input */.pd.VarsFile]: { operations: ['import'], platforms: input_use_all },
    [input_names/* Input */.pd.RedactSecrets]: { operations: ['export'], platforms: input_use_all },
    [input_names/* Input */.pd.Backup]: { operations: ['import'], platforms: input_use_all },
    [input_names/* Input */.pd.Concurrency]: { operations: ['import', 'validate', 'diff'], platforms: input_use_all },
    [input_names/* Input */.pd.SecurityToken]: { operations: online, platforms: ['secmaster'] },
    [input_names/* Input */.pd.IdentityProvider]: { operations: online, platforms: ['secmaster'] },
    [input_names/* Input */.pd.IamEndpoint]: { operations: online, platforms: ['secmaster'] },
    [input_names/* Input */.pd.OidcAudience]: { operations: online, platforms: ['secmaster'] },
    [input_names/* Input */.pd.Team]: { operations: ['import'], platforms: ['leapwork'] },
    [input_names/* Input */.pd.Force]: { operations: ['import'], platforms: ['leapwork'] },
    // The action's alone: a pull-request comment needs the runner's event; the CLI writes none.
    [input_names/* Input */.pd.PrComment]: { operations: [], platforms: input_use_all },
    [input_names/* Input */.pd.GithubToken]: { operations: [], platforms: input_use_all },
};
function usedBy(name, operation) {
    const use = inputUse[name];
    return use.operations === 'all' || use.operations.includes(operation);
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(71013);
;// CONCATENATED MODULE: ./src/cli/help.ts







/** What each operation does, in one line. */
const SUMMARY = {
    import: "import bundles into an environment and wait for the platform's job",
    export: 'export a workflow into a bundle directory',
    validate: "check bundles offline (manifest, checksums, JSON, the platform's rules); needs no credentials",
    diff: 'compare bundles with the live workflow, semantically',
    wait: 'wait for a job an earlier run started, by its id',
};
/** Operations that take the bundle path as the argument after the flags. */
const TAKES_PATH = ['import', 'validate', 'diff'];
const WIDTH = 100;
function generalUsage() {
    const credentials = input_names/* credentialInputs */.HP.map(args/* envName */.pD).join(', ');
    return `flowferry ${version/* VERSION */.x}: move workflow definitions between environments

Usage:
  flowferry <operation> --platform <name> [flags] [path]   run one operation, as the action does
  flowferry sandbox [flags]                                serve every platform's sandbox on loopback
  flowferry demo                                           export + import against the sandbox through the action bundle
  flowferry seal <bundle-dir>                              check a hand-edited bundle, then record its new checksums
  flowferry version                                        print the version (also --version)

Operations:
${input_names/* operations */.zU.map((operation) => `  ${operation.padEnd(10)} ${SUMMARY[operation]}`).join('\n')}

Every action input is a flag of the same name (--base-url, --workflow-id, --dry-run, …) and may also
come from an environment variable FLOWFERRY_<NAME> (FLOWFERRY_BASE_URL); credentials are best passed
that way:
${wrap(`${credentials}.`, 2).join('\n')}
--debug prints request-level detail. Progress goes to stderr, the result JSON to stdout; the exit
code is 1 when the status is failed or timed-out, 2 when the command line is wrong.

flowferry <command> --help lists a command's flags.`;
}
/** `flowferry export --help`: the operation's inputs as flags, with defaults, platforms and descriptions from action.yml. */
function operationHelp(operation) {
    const described = actionInputs();
    const names = Object.keys(inputUse).filter((name) => name !== input_names/* Input */.pd.Operation && usedBy(name, operation));
    const lines = [
        `flowferry ${operation} --platform <name> [flags]${TAKES_PATH.includes(operation) ? ' [path]' : ''}`,
        '',
        `${capitalise(SUMMARY[operation])}.`,
        '',
        `Flags (each may instead come from FLOWFERRY_<NAME>; credentials belong there):`,
    ];
    for (const name of names) {
        const input = described[name] ?? {};
        const notes = [platformsOf(name)];
        if (name === input_names/* Input */.pd.Platform)
            notes.splice(0, 1, 'required');
        if (input_names/* credentialInputs */.HP.includes(name))
            notes.push((0,args/* envName */.pD)(name));
        if (input.default)
            notes.push(`default ${input.default}`);
        const flag = `  --${name}${args/* booleanFlags */.Ae.has(name) ? '' : ' <value>'}`;
        lines.push(`${flag.padEnd(32)} ${notes.join(' · ')}`);
        if (input.description)
            lines.push(...wrap(input.description.trim(), 6));
    }
    lines.push(`${'  --debug'.padEnd(32)} request-level detail on stderr (credentials stay redacted)`);
    lines.push('', `What each platform needs for ${operation}:`);
    for (const platform of everyPlatform()) {
        if (operation === 'wait' && !platform.jobs) {
            lines.push(`  ${platform.name.padEnd(10)} nothing to wait for: its imports and exports finish within the request`);
            continue;
        }
        const needs = [];
        if (operation !== 'validate')
            needs.push('--base-url', alternatives(platform.inputs.auth));
        const extra = platform.inputs.operations?.[operation];
        if (extra?.length)
            needs.push(alternatives(extra));
        if (operation === 'wait')
            needs.push('--job-id');
        if (TAKES_PATH.includes(operation))
            needs.push('a path');
        const [first = '', ...more] = wrap(needs.filter(Boolean).join('; '), 13);
        lines.push(`  ${platform.name.padEnd(10)} ${first.trimStart()}`, ...more);
    }
    return lines.join('\n');
}
function platformsOf(name) {
    const use = inputUse[name].platforms;
    if (use === 'all')
        return 'all platforms';
    if (use === 'jobs')
        return everyPlatform().filter((platform) => platform.jobs).map((platform) => platform.name).join(', ');
    return use.join(', ');
}
function alternatives(sets) {
    const text = sets.map((set) => set.map((name) => `--${name}`).join(' + '));
    return text.length > 1 ? `${text.slice(0, -1).join(', ')}, or ${text.at(-1)}` : (text[0] ?? '');
}
/**
 * The inputs as action.yml describes them: one description for the action and the CLI. The build
 * copies action.yml beside dist/cli/index.js, so the CLI needs nothing else at run time; without it,
 * the help lists the flags alone.
 */
function actionInputs() {
    try {
        const document = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(__nccwpck_require__.ab + "action.yml", 'utf8'));
        return document.inputs ?? {};
    }
    catch {
        return {};
    }
}
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(' '.repeat(indent) + line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line)
        lines.push(' '.repeat(indent) + line);
    return lines;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle.ts
var bundle = __nccwpck_require__(33303);
// EXTERNAL MODULE: ./src/core/bundle-read.ts + 1 modules
var bundle_read = __nccwpck_require__(88903);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __nccwpck_require__(78616);
// EXTERNAL MODULE: ./src/core/json-file.ts
var json_file = __nccwpck_require__(59656);
// EXTERNAL MODULE: ./src/core/json-location.ts
var json_location = __nccwpck_require__(25049);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(56107);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __nccwpck_require__(27485);
;// CONCATENATED MODULE: ./src/cli/seal.ts
















const sealUsage = `flowferry seal <bundle-dir> [<bundle-dir> …]

After a deliberate edit of a bundle's files: validate the bundle as it is now (the manifest, every
JSON file, the platform's rules), and only when that finds no error, record each file's new size
and SHA-256 in flowferry.json. Commit flowferry.json with the edit. Exit code 1 when a bundle is
refused; nothing is written for it.`;
/** `flowferry seal`: each bundle validated as it is, then sealed; a bundle with errors is left untouched. */
async function sealCommand(dirs) {
    let refused = 0;
    for (const dir of dirs) {
        const problem = await sealOne(dir);
        if (problem) {
            process.stderr.write(`${(0,untrusted_text/* forLog */.Ig)(problem)}\n`);
            refused++;
        }
    }
    return refused > 0 ? 1 : 0;
}
/** Seals one bundle; the reason it was refused, or undefined when it was sealed. */
async function sealOne(given) {
    const shown = (0,fs/* displayPath */.Gt)(external_node_path_default().resolve(given));
    const info = await (0,promises_.stat)(given).catch(() => undefined);
    if (!info)
        return `flowferry seal: '${given}' does not exist. Name the bundle directory, the one holding ${bundle/* MANIFEST */.e0}.`;
    const dir = info.isFile() && external_node_path_default().basename(given) === bundle/* MANIFEST */.e0 ? external_node_path_default().dirname(given) : given;
    if (!info.isDirectory() && dir === given)
        return `flowferry seal: '${given}' is a file. Name the bundle directory, the one holding ${bundle/* MANIFEST */.e0}.`;
    const manifestFile = external_node_path_default().join(dir, bundle/* MANIFEST */.e0);
    const text = await (0,promises_.readFile)(manifestFile, 'utf8').catch(() => undefined);
    if (text === undefined) {
        return `flowferry seal: '${given}' holds no ${bundle/* MANIFEST */.e0}, so it is not a bundle. seal records new checksums in the manifest an export wrote; a platform file without a manifest needs no seal.`;
    }
    const syntax = (0,json_location/* jsonSyntaxError */.UQ)((0,json_file/* withoutBom */.vA)(text));
    if (syntax) {
        const where = (0,core_errors/* formatLocation */.Cw)({ file: (0,fs/* displayPath */.Gt)(external_node_path_default().resolve(manifestFile)), line: syntax.line, col: syntax.col });
        return `${where}: the manifest is not valid JSON (${syntax.message}). Fix it, or restore it from git, then seal again. Nothing was written.`;
    }
    const platform = JSON.parse((0,json_file/* withoutBom */.vA)(text))?.platform;
    if (typeof platform !== 'string' || !platformNames().includes(platform)) {
        return `${(0,fs/* displayPath */.Gt)(external_node_path_default().resolve(manifestFile))}: 'platform' must be one of ${platformNames().join(', ')}, not ${JSON.stringify(platform ?? null)}. Fix the manifest, or restore it from git. Nothing was written.`;
    }
    const report = await validate(platform, external_node_path_default().resolve(dir));
    const result = report.results[0];
    const errors = (result?.findings ?? []).filter((finding) => finding.severity === 'error' && finding.rule !== 'manifest.checksum');
    if (errors.length > 0) {
        return [...errors.map(describe), `flowferry seal: ${shown} not sealed: fix the error${errors.length > 1 ? 's' : ''} above first. Nothing was written.`].join('\n');
    }
    if (result?.status === 'failed' && !(result.findings ?? []).some((finding) => finding.rule === 'manifest.checksum')) {
        return `flowferry seal: ${shown} not sealed: ${(0,usage/* cliText */.uN)(result.message ?? 'it does not validate')}${result.hint ? `\n${(0,usage/* cliText */.uN)(result.hint)}` : ''}`;
    }
    let changed;
    try {
        ;
        ({ changed } = await (0,bundle_read/* sealBundle */.u2)(dir));
    }
    catch (error) {
        // Files that changed between the check and the seal (a link put in place, a file removed).
        if (!(error instanceof core_errors/* FlowferryError */.rm))
            throw error;
        return `flowferry seal: ${shown} not sealed: ${(0,usage/* cliText */.uN)((0,core_errors/* describeError */.Uc)(error))}`;
    }
    // Paths and file names come from the bundle: written as any log line is (core/untrusted-text.ts).
    process.stdout.write(`${(0,untrusted_text/* forLog */.Ig)(changed.length ? `${shown}: recorded new checksums for ${changed.join(', ')}` : `${shown}: checksums already match`)}\n`);
    return undefined;
}
function describe(finding) {
    return `error: ${(0,core_errors/* formatLocation */.Cw)(finding)}: ${(0,usage/* cliText */.uN)(finding.message)} [${finding.rule}]`;
}
/**
 * `operation: validate` on the bundle, exactly as a pull request check runs it (checksum drift is
 * what seal is for, so it is reported beside the other findings rather than stopping them).
 */
async function validate(platform, dir) {
    // seal is run by hand on a bundle the user names. One outside the current directory is checked
    // with its parent as the workspace: the bundle's files must still stay inside the bundle.
    const real = await (0,promises_.realpath)(dir);
    const workspace = process.env.GITHUB_WORKSPACE;
    if (!(0,paths/* isInside */.FK)(real, await (0,promises_.realpath)((0,paths/* workspaceRoot */.oS)()).catch(() => (0,paths/* workspaceRoot */.oS)())))
        process.env.GITHUB_WORKSPACE = external_node_path_default().dirname(real);
    try {
        return await validateInWorkspace(platform, real);
    }
    finally {
        if (workspace === undefined)
            delete process.env.GITHUB_WORKSPACE;
        else
            process.env.GITHUB_WORKSPACE = workspace;
    }
}
async function validateInWorkspace(platform, dir) {
    const values = { [input_names/* Input */.pd.Platform]: platform, [input_names/* Input */.pd.Operation]: 'validate', [input_names/* Input */.pd.Path]: dir };
    let report;
    const frontEnd = {
        log: new MemoryLogger(false),
        artifacts: noArtifactStore,
        input: (name) => values[name] ?? '',
        resumeHint: () => '',
        publish: async (published) => {
            report = published;
        },
    };
    await run(frontEnd);
    return report;
}

// EXTERNAL MODULE: ./src/cli/suggest.ts
var suggest = __nccwpck_require__(77472);
;// CONCATENATED MODULE: ./src/cli/main.ts









const COMMANDS = [...input_names/* operations */.zU, 'sandbox', 'demo', 'seal', 'help', 'version'];
const HELP = ['--help', '-h', 'help'];
const VERSION_WORDS = ['--version', '-V', 'version'];
/**
 * `flowferry <command> …`: the exit code, or undefined when the command set it itself (a run sets
 * 1 on failure; the sandbox serves until interrupted). Problems with the command line throw
 * UsageError; anything else thrown is reported by cli.ts in one line.
 */
async function cliMain(argv) {
    const [command, ...rest] = argv;
    const out = (text) => process.stdout.write(`${text}\n`);
    if (command === undefined) {
        process.stderr.write(`${generalUsage()}\n`);
        return 2;
    }
    if (HELP.includes(command)) {
        const topic = rest[0];
        out(topic && isOperation(topic) ? operationHelp(topic) : generalUsage());
        return 0;
    }
    if (VERSION_WORDS.includes(command)) {
        out(version/* VERSION */.x);
        return 0;
    }
    if (command.startsWith('-')) {
        throw new usage/* UsageError */.eb(`'${command}' comes after a command: flowferry <command> [flags]${(0,suggest/* didYouMean */.au)(command.replace(/^-+/, ''), ['help', 'version'], '--')}`);
    }
    const { flags, positional } = (0,args/* parseArgs */.Zy)(rest);
    const wantsHelp = flags.has('help') || rest.includes('-h');
    if (isOperation(command)) {
        if (wantsHelp)
            return (out(operationHelp(command)), 0);
        (0,usage/* refuseUnknown */.BW)(command, (0,args/* unknownFlags */.kX)(flags), (0,args/* operationFlags */.XR)());
        if (positional.length > 1) {
            throw new usage/* UsageError */.eb(`flowferry ${command}: ${positional.length} paths given (${positional.slice(0, 3).join(', ')}${positional.length > 3 ? ', …' : ''}); give one, or quote a glob so that flowferry expands it: '${'bundles/*'}'`);
        }
        if (positional.length === 1) {
            if (flags.has(input_names/* Input */.pd.Path))
                throw new usage/* UsageError */.eb(`flowferry ${command}: the path is given twice (--path ${flags.get(input_names/* Input */.pd.Path)} and ${positional[0]}); give it once`);
            flags.set(input_names/* Input */.pd.Path, positional[0]);
        }
        await run(new CliFrontEnd(command, flags));
        return undefined;
    }
    if (command === 'sandbox') {
        const { sandboxUsage } = await Promise.all(/* import() */[__nccwpck_require__.e(680), __nccwpck_require__.e(102), __nccwpck_require__.e(766)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74766));
        if (wantsHelp)
            return (out(sandboxUsage), 0);
        const { runSandbox } = await Promise.all(/* import() */[__nccwpck_require__.e(680), __nccwpck_require__.e(102), __nccwpck_require__.e(193)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21193));
        return runSandbox(rest, flags, positional);
    }
    if (command === 'demo') {
        if (wantsHelp)
            return (out(DEMO_USAGE), 0);
        (0,usage/* refuseUnknown */.BW)(command, [...flags.keys()], ['platform', 'entry', 'help']);
        const { emulatorNames } = await __nccwpck_require__.e(/* import() */ 227).then(__nccwpck_require__.bind(__nccwpck_require__, 29227));
        for (const name of flags.get('platform')?.split(',').map((word) => word.trim()) ?? []) {
            if (!emulatorNames().includes(name))
                throw new usage/* UsageError */.eb(`flowferry demo: --platform '${name}' is not one of ${emulatorNames().join(', ')}${(0,suggest/* didYouMean */.au)(name, emulatorNames())}`);
        }
        const { demoCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(680), __nccwpck_require__.e(102), __nccwpck_require__.e(540)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30540));
        return demoCommand(flags);
    }
    if (command === 'seal') {
        if (wantsHelp)
            return (out(sealUsage), 0);
        (0,usage/* refuseUnknown */.BW)(command, [...flags.keys()], ['help']);
        if (positional.length === 0)
            throw new usage/* UsageError */.eb(`flowferry seal: name the bundle directory, the one holding flowferry.json (flowferry seal bundles/invoice-triage)`);
        return sealCommand(positional);
    }
    throw new usage/* UsageError */.eb(`unknown command '${command}'${(0,suggest/* didYouMean */.au)(command, COMMANDS)} (flowferry --help lists the commands)`);
}
const DEMO_USAGE = `flowferry demo [--platform a,b]

For each platform: start its sandbox and a stand-in for GitHub's artifact service, then run the
action's bundle (dist/index.js) as a runner does: export the seeded workflow, then import the
bundle. Prints each step's outputs and job summary; exits 1 if a step fails.`;
function isOperation(word) {
    return input_names/* operations */.zU.includes(word);
}


/***/ }),

/***/ 11294:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ cliPhrasing)
/* harmony export */ });
/* unused harmony export shellWord */
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77593);


const PHRASES = {
    rerun: 'run the command again',
    rerunning: 'running the command again',
    'push-again': 'run the command again',
    annotated: 'listed above with its file and line',
    'the-step': 'the command',
};
/**
 * Hints as a terminal user reads them: inputs as flags (`--upload-artifact false`), credentials
 * as the `FLOWFERRY_*` variable they belong in, unless the user gave that credential as a flag,
 * and "the command". `given` says which flags the command line has.
 */
function cliPhrasing(given) {
    const isCredential = (name) => _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialInputs */ .HP.includes(name);
    const named = (name) => (isCredential(name) && !given(name) ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .envName */ .pD)(name) : `--${name}`);
    return {
        input: (name) => (name === _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Operation ? 'the command' : named(name)),
        subject: (name) => (name === _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Operation ? 'The command' : named(name)),
        setting: (name, value) => {
            if (name === _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Operation)
                return `flowferry ${value}`;
            if (isCredential(name))
                return given(name) ? `--${name} …` : `${(0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .envName */ .pD)(name)}=…`;
            return value === 'true' ? `--${name}` : `--${name} ${shellWord(value)}`;
        },
        phrase: (key) => PHRASES[key],
    };
}
/** The value as one shell word: as it is when it is safe, else in single quotes. */
function shellWord(value) {
    return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 77472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports nearest, editDistance */
/**
 * "Did you mean": the known word nearest to a misspelt one, by optimal string alignment distance
 * (Levenshtein plus the swap of two neighbours, the commonest typo: `exprot`). A few lines rather
 * than a dependency. Only close matches are offered: at most a third of the word may differ, or the
 * word is the start of exactly one candidate.
 */
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
    // A word cut short (`--job`, `kore`) is a slip too, when only one candidate starts with it.
    const starting = [...candidates].filter((candidate) => normalise(candidate).startsWith(wanted));
    return wanted.length >= 3 && starting.length === 1 ? starting[0] : undefined;
}
/** ` (did you mean --dry-run?)`, or nothing. */
function didYouMean(word, candidates, prefix = '') {
    const match = nearest(word, candidates);
    return match === undefined ? '' : `; did you mean ${prefix}${match}?`;
}
/** `workflow_id` and `Workflow-ID` are the same slip as `workflow-id`. */
function normalise(word) {
    return word.toLowerCase().replace(/_/g, '-');
}
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
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


/***/ }),

/***/ 27485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ refuseUnknown),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   kY: () => (/* binding */ failureText),
/* harmony export */   uN: () => (/* binding */ cliText)
/* harmony export */ });
/* harmony import */ var _core_phrasing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31677);
/* harmony import */ var _phrasing_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(11294);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(77472);



/** A command line that cannot be run as it is: exit code 2, as for any usage error. */
class UsageError extends Error {
}
/** Refuses flags the command does not know, offering the nearest known one. */
function refuseUnknown(command, given, known) {
    const unknown = given.filter((name) => !known.includes(name));
    if (unknown.length === 0)
        return;
    const first = unknown[0];
    const list = unknown.map((name) => `--${name}`).join(', ');
    throw new UsageError(`flowferry ${command}: unknown flag${unknown.length > 1 ? 's' : ''} ${list}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(first, known, '--')} (flowferry ${command} --help lists its flags)`);
}
/** An error's text as the CLI shows it: mentions of inputs rendered as flags. */
function cliText(text, flags = new Map()) {
    return (0,_core_phrasing_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(text, (0,_phrasing_js__WEBPACK_IMPORTED_MODULE_1__/* .cliPhrasing */ .z)((flag) => flags.has(flag)));
}
/**
 * What the CLI prints for anything thrown: one line, in flag words. A usage error is the user's
 * to fix; anything else is a bug and says how to get its stack trace (shown with `debug`).
 */
function failureText(error, debug) {
    const usage = error instanceof UsageError;
    const text = cliText(error instanceof Error ? error.message : String(error)).split('\n')[0];
    const line = text.startsWith('flowferry') ? text : `flowferry${usage ? '' : ' failed'}: ${text}`;
    if (usage)
        return line;
    return debug && error instanceof Error && error.stack ? `${line}\n${error.stack}` : `${line} (--debug shows the stack trace for a bug report)`;
}


/***/ }),

/***/ 70761:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ARTIFACT_NAME_FORBIDDEN),
/* harmony export */   V: () => (/* binding */ defaultArtifactName)
/* harmony export */ });
/** GitHub refuses these characters in artifact names (@actions/artifact validateArtifactName). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
/** A default artifact name from a workflow name: forbidden characters become dashes. */
function defaultArtifactName(platform, label) {
    return `${platform}-${label}`.replace(new RegExp(ARTIFACT_NAME_FORBIDDEN.source, 'g'), '-').replace(/\s+/g, '-');
}


/***/ }),

/***/ 88903:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bo: () => (/* binding */ readBundle),
  WI: () => (/* binding */ readManifest),
  u2: () => (/* binding */ sealBundle)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle.ts
var core_bundle = __nccwpck_require__(33303);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __nccwpck_require__(12032);
;// CONCATENATED MODULE: ./src/core/manifest.ts

/** flowferry.json, the manifest of a bundle: what it holds, where from, and the values taken out of it. */
const sha256 = schema.z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
const fileEntry = schema.z.object({
    path: schema.z.string().min(1),
    role: schema.z.string().min(1),
    bytes: schema.z.number().int().nonnegative(),
    sha256,
});
/** A value `redact-secrets` took out of a file on export; an import must supply it again. */
const placeholder = schema.z.object({
    name: schema.z.string().min(1),
    file: schema.z.string().min(1),
    /** JSON pointer to the value within the file. */
    pointer: schema.z.string(),
    reason: schema.z.string().optional(),
});
const manifestSchema = schema.z.looseObject({
    schema: schema.z.literal(1),
    platform: schema.z.string().min(1),
    name: schema.z.string(),
    source: schema.z
        .looseObject({
        origin: schema.z.string().nullable().optional(),
        workflowId: schema.z.string().nullable().optional(),
        version: schema.z.string().nullable().optional(),
        jobId: schema.z.string().nullable().optional(),
        exportedAt: schema.z.string().nullable().optional(),
        run: schema.z.string().nullable().optional(),
        commit: schema.z.string().nullable().optional(),
    })
        .optional(),
    files: schema.z.array(fileEntry).min(1),
    placeholders: schema.z.array(placeholder).optional(),
});

// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __nccwpck_require__(60484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __nccwpck_require__(78616);
// EXTERNAL MODULE: ./src/core/json-location.ts
var json_location = __nccwpck_require__(25049);
// EXTERNAL MODULE: ./src/core/json-text.ts
var json_text = __nccwpck_require__(5737);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(36419);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __nccwpck_require__(22483);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(56107);
// EXTERNAL MODULE: ./src/core/plain-file.ts
var plain_file = __nccwpck_require__(19130);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __nccwpck_require__(31677);
;// CONCATENATED MODULE: ./src/core/bundle-read.ts















/**
 * Reads `<dir>/flowferry.json` and checks the manifest against the files: each listed file is a
 * plain file (core/plain-file.ts) inside the bundle, reached under its own name (core/paths.ts),
 * listed once, and has the recorded size and SHA-256. Every mismatch is reported, not just the first.
 */
async function readBundle(dir, expectedPlatform) {
    const { manifest, shown } = await readManifest(dir);
    if (manifest.platform !== expectedPlatform) {
        throw errors/* BundleError */.rJ.at({ file: shown }, 'manifest.platform', `the bundle is for platform '${manifest.platform}', but the step's platform is '${expectedPlatform}'`, `Set ${(0,phrasing/* setting */.Pe)('platform', manifest.platform)}, or point ${(0,phrasing/* input */.hF)('path')} at a ${expectedPlatform} bundle.`);
    }
    const bundle = { dir, manifest, location: (0,fs/* displayPath */.Gt)(dir), adopted: false };
    const { findings, hints } = await verifyFiles(bundle);
    if (findings.length > 0) {
        // A checksum can be sealed; a link, a FIFO or a path out of the bundle cannot: each says its own fix.
        if (findings.some((f) => f.rule === 'manifest.checksum' || f.rule === 'manifest.missing')) {
            hints.add(`If the change was deliberate, record the new checksums with \`npx flowferry seal ${bundle.location}\` and commit flowferry.json; otherwise re-export the bundle or restore the files.`);
        }
        if (findings.some((f) => f.rule === 'manifest.path'))
            hints.add('List each file once, by its path inside the bundle (folder/file.json).');
        const sealable = findings.every((f) => f.rule === 'manifest.checksum' || f.rule === 'manifest.missing');
        throw new errors/* BundleError */.rJ(`${bundle.location}: ${sealable ? 'the files do not match the manifest' : 'refused the files the manifest lists'}: ${findings.map((f) => `${f.file}: ${f.message}`).join('; ')}`, findings, { hint: [...hints].join(' ') });
    }
    return bundle;
}
const TOO_MANY = `A bundle is one workflow, and its manifest lists at most ${limits/* MAX_MANIFEST_FILES */.Zz} files: export each workflow into a bundle of its own.`;
/** The manifest, read as a plain file within the limits (core/limits.ts) and checked against schema 1. */
async function readManifest(dir) {
    const manifestFile = external_node_path_default().join(dir, core_bundle/* MANIFEST */.e0);
    const shown = (0,fs/* displayPath */.Gt)(manifestFile);
    const bytes = await (0,plain_file/* readPlainFile */.b$)(manifestFile, { shown }, limits/* MAX_MANIFEST_BYTES */.ZJ, { message: 'is too large for a manifest', hint: TOO_MANY });
    const text = (0,json_text/* jsonText */.s$)(bytes, shown);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const where = (0,json_location/* locateJsonError */.R4)(text);
        throw errors/* BundleError */.rJ.at({ file: shown, ...where }, 'manifest.json', `the manifest is not valid JSON (${error.message})`);
    }
    const files = data?.files;
    if (Array.isArray(files) && files.length > limits/* MAX_MANIFEST_FILES */.Zz) {
        throw errors/* BundleError */.rJ.at({ file: shown }, 'manifest.limit', `the manifest lists ${files.length} files; a bundle holds at most ${limits/* MAX_MANIFEST_FILES */.Zz}`, TOO_MANY);
    }
    // zod, for this schema and for the platform's rules that read the bundle after it (core/schema.ts).
    await (0,schema/* loadSchemas */.B)();
    const parsed = manifestSchema.safeParse(data);
    if (!parsed.success) {
        const findings = parsed.error.issues.slice(0, 20).map((issue) => ({
            file: shown,
            severity: 'error',
            rule: 'manifest.schema',
            message: `${issue.path.join('.') || '(top)'}: ${issue.message}`,
        }));
        const more = parsed.error.issues.length > findings.length ? ` (and ${parsed.error.issues.length - findings.length} more)` : '';
        throw new errors/* BundleError */.rJ(`${shown}: the manifest does not follow schema 1: ${findings.map((f) => f.message).join('; ')}${more}`, findings);
    }
    return { manifest: parsed.data, shown };
}
async function verifyFiles(bundle) {
    const findings = [];
    const hints = new Set();
    const manifestShown = (0,core_bundle/* shownPath */.pS)(bundle, core_bundle/* MANIFEST */.e0);
    const problem = (entry, message, rule) => findings.push({ file: manifestShown, severity: 'error', rule, message: `${entry}: ${message}` });
    const twice = new Set();
    for (const [first, second] of (0,names/* sameNames */.Fk)(bundle.manifest.files.map((entry) => entry.path))) {
        problem(second, first === second ? 'listed twice' : `listed twice: "${first}" and "${second}" name the same file (case and Unicode form do not tell names apart)`, 'manifest.path');
        twice.add(second);
    }
    // Each role names one file: a platform takes the file of a role (fileOf), so a second file with
    // the same role would be either ignored or taken instead, depending on the order of the list.
    const roles = new Map();
    for (const entry of bundle.manifest.files) {
        const first = roles.get(entry.role);
        if (first === undefined)
            roles.set(entry.role, entry.path);
        else
            problem(entry.path, `has the role "${entry.role}" that "${first}" has already; each role names one file`, 'manifest.role');
    }
    const realDir = await (0,paths/* realDirectory */.Ut)(bundle.dir);
    for (const entry of bundle.manifest.files) {
        if (twice.has(entry.path))
            continue;
        const unsafe = (0,names/* unsafeManifestPath */.Jy)(entry.path);
        if (unsafe) {
            problem(entry.path, `file paths must stay inside the bundle directory: ${unsafe}`, 'manifest.path');
            continue;
        }
        const subject = { shown: (0,core_bundle/* shownPath */.pS)(bundle, entry) };
        try {
            const lexical = external_node_path_default().join(realDir, ...entry.path.split('/'));
            if (!(await (0,promises_.lstat)(lexical).catch(() => undefined))) {
                problem(entry.path, 'listed in the manifest but missing', 'manifest.missing');
                continue;
            }
            const file = await plainBundleFile(realDir, entry.path, subject);
            const digest = await (0,plain_file/* digestPlainFile */.p2)(file, subject, [external_node_path_default().join(bundle.dir, ...entry.path.split('/'))]);
            if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) {
                findings.push({
                    file: subject.shown,
                    severity: 'error',
                    rule: 'manifest.checksum',
                    message: `changed since export: sha256 ${digest.sha256.slice(0, 12)}… (${digest.bytes} bytes), manifest says ${entry.sha256.slice(0, 12)}… (${entry.bytes} bytes)`,
                });
            }
        }
        catch (error) {
            if (!(error instanceof errors/* BundleError */.rJ))
                throw error;
            findings.push(...error.findings);
            if (error.hint)
                hints.add(error.hint);
        }
    }
    return { findings, hints };
}
/** A bundle file's path, once it is known to be a plain file (no link, no FIFO) reached under its own name. */
async function plainBundleFile(realDir, relative, subject) {
    await (0,plain_file/* checkPlainFile */.lN)(external_node_path_default().join(realDir, ...relative.split('/')), subject);
    return (0,paths/* confineInBundle */.od)(realDir, relative, subject);
}
/**
 * Records the current size and SHA-256 of every file a bundle's manifest lists, after a
 * deliberate edit (`flowferry seal`). Everything else in the manifest stays as it was. The files
 * are held to the same rules as on reading: seal never records the checksum of a link's target.
 */
async function sealBundle(dir) {
    const { manifest, shown } = await readManifest(dir);
    const realDir = await (0,paths/* realDirectory */.Ut)(dir);
    const changed = [];
    for (const entry of manifest.files) {
        const unsafe = (0,names/* unsafeManifestPath */.Jy)(entry.path);
        if (unsafe)
            throw errors/* BundleError */.rJ.at({ file: shown }, 'manifest.path', `${entry.path}: file paths must stay inside the bundle directory: ${unsafe}`);
        const subject = { shown: (0,fs/* displayPath */.Gt)(external_node_path_default().join(dir, ...entry.path.split('/'))) };
        const digest = await (0,plain_file/* digestPlainFile */.p2)(await plainBundleFile(realDir, entry.path, subject), subject);
        if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes)
            changed.push(entry.path);
        Object.assign(entry, digest);
    }
    if (changed.length > 0)
        await (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().join(dir, core_bundle/* MANIFEST */.e0), (0,canonical_json/* canonicalJson */.dj)(manifest));
    return { changed };
}


/***/ }),

/***/ 33303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ fileOf),
/* harmony export */   e0: () => (/* binding */ MANIFEST),
/* harmony export */   gv: () => (/* binding */ adoptFiles),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   s: () => (/* binding */ copyInto),
/* harmony export */   yw: () => (/* binding */ packedOf)
/* harmony export */ });
/* unused harmony export listFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(78616);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(19130);




/** The manifest's file name inside a bundle directory. */
const MANIFEST = 'flowferry.json';
/** The file of a role when it was left in its package (Bundle.packed). */
function packedOf(bundle, role) {
    const entry = bundle.manifest.files.find((file) => file.role === role);
    return entry && bundle.packed?.[entry.path];
}
function fileOf(bundle, role) {
    const entry = bundle.manifest.files.find((file) => file.role === role);
    return entry ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.dir, ...entry.path.split('/')) : undefined;
}
/** Where a bundle file is, for messages and annotations (workspace-relative). */
function shownPath(bundle, file) {
    const relative = typeof file === 'string' ? file : file.path;
    return (0,_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.shownDir ?? bundle.dir, ...relative.split('/')));
}
/**
 * Builds a bundle around files that came without a manifest (an export zip unpacked, a platform
 * JSON file): the checksums are taken now, so later steps can rely on them as on any bundle.
 */
async function adoptFiles(dir, platform, name, files, location) {
    const entries = [];
    const packed = {};
    for (const file of files) {
        if (file.packed) {
            packed[file.path] = file.packed;
            entries.push({ path: file.path, role: file.role, bytes: file.packed.bytes, sha256: '' });
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
        ...(Object.keys(packed).length > 0 ? { packed } : {}),
    };
}
/**
 * The checksum of a file in `dir`: the one taken as it was written, checked against the file on
 * disk (`rememberWritten`), else read now (`digestPlainFile`). Either way the file is remembered
 * for the upload (core/plain-file.ts).
 */
async function digestOf(dir, file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...file.path.split('/'));
    const subject = { shown: file.path };
    return file.digest ? (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberWritten */ .bh)(absolute, file.digest, subject) : (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .digestPlainFile */ .p2)(absolute, subject);
}
/**
 * Copies a user's file into a bundle directory under `name` (adopting a platform file, or one of
 * a directory of them): a plain file only (core/plain-file.ts), named to the user as `shown`.
 */
async function copyInto(dir, file, name, shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(file)) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    return (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .copyPlainFile */ .yp)(file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { shown });
}
async function listFiles(dir) {
    const out = [];
    for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile())
            out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
    return out.sort();
}


/***/ }),

/***/ 60484:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ canonicalPieces),
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony export sortKeys */
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(19033);

/**
 * JSON as flowferry writes it into bundles: keys sorted, two-space indent, a final newline. Two
 * exports of the same workflow then give the same bytes, and a change shows in git as the lines
 * that changed rather than a reshuffled file.
 */
function canonicalJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
function sortKeys(value, depth = 0) {
    (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_0__/* .guardDepth */ .RV)(depth);
    if (Array.isArray(value))
        return value.map((item) => sortKeys(item, depth + 1));
    if (value !== null && typeof value === 'object') {
        const sorted = {};
        for (const key of Object.keys(value).sort())
            sorted[key] = sortKeys(value[key], depth + 1);
        return sorted;
    }
    return value;
}
/** A JSON value that is an object (not an array or null). */
function isJsonObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * `canonicalJson(value)` as pieces of about `chunk` characters, built without a sorted copy of the
 * document and without the whole text at once: a 16 MiB document is written with a few hundred
 * kilobytes beside the parsed value. The bytes are JSON.stringify's with two-space indentation,
 * keys in the order `canonicalJson` gives them (array-index keys first, ascending, as JavaScript
 * enumerates them, then the others sorted). It walks with a stack of its own, not by recursion.
 */
function* canonicalPieces(value, chunk = 64 * 1024) {
    const stack = [];
    let out = '';
    // A value's text, or the opening of its container (whose frame is pushed).
    const open = (node, indent) => {
        (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_0__/* .guardDepth */ .RV)(stack.length);
        if (Array.isArray(node)) {
            if (node.length === 0)
                return '[]';
            stack.push({ indent, items: node, next: 0 });
            return '[';
        }
        if (node !== null && typeof node === 'object') {
            const object = node;
            const keys = canonicalKeys(object);
            if (keys.length === 0)
                return '{}';
            stack.push({ indent, object, keys, next: 0 });
            return '{';
        }
        return serializable(node) ? JSON.stringify(node) : 'null';
    };
    out += open(value, '');
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const length = frame.keys ? frame.keys.length : frame.items.length;
        if (frame.next < length) {
            const inner = `${frame.indent}  `;
            const i = frame.next++;
            if (frame.keys) {
                const key = frame.keys[i];
                out += `${i === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${open(frame.object[key], inner)}`;
            }
            else {
                out += `${i === 0 ? '\n' : ',\n'}${inner}${open(frame.items[i], inner)}`;
            }
        }
        else {
            stack.pop();
            out += `\n${frame.indent}${frame.keys ? '}' : ']'}`;
        }
        if (out.length >= chunk) {
            yield out;
            out = '';
        }
    }
    yield `${out}\n`;
}
/** Whether JSON.stringify writes a value (an object's property it would skip: undefined, a function, a symbol). */
function serializable(value) {
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
/** An array index as ECMAScript defines it (a canonical integer below 2^32 - 1), which objects enumerate first. */
function isArrayIndex(key) {
    const first = key.charCodeAt(0);
    return first >= 48 && first <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;
}
/**
 * The order in which `canonicalJson` writes an object's keys, and only those it writes. Object.keys
 * lists array-index keys first and ascending already (ECMAScript's OrdinaryOwnPropertyKeys:
 * https://tc39.es/ecma262/#sec-ordinaryownpropertykeys); the other keys are sorted.
 */
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


/***/ }),

/***/ 32257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var _timers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(96885);

const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        if (ms <= 0)
            return;
        await (0,_timers_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(ms, signal);
    },
    random: () => Math.random(),
};
/**
 * The moment the whole step must be done by: `timeout` after it started. One object is shared by
 * the poller and the HTTP client, which refuses to send once it has passed and aborts what is in
 * flight when it passes; `lastCall` is how the poller's check AT the deadline still gets its answer.
 */
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
        return (0,_timers_js__WEBPACK_IMPORTED_MODULE_0__/* .timeoutSignal */ ._)(Math.max(1, Math.ceil(this.remaining())));
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
        }
        finally {
            this.graces.splice(this.graces.indexOf(end), 1);
        }
    }
}


/***/ }),

/***/ 16082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ randomUUID),
/* harmony export */   n1: () => (/* binding */ createHash),
/* harmony export */   po: () => (/* binding */ randomBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * node:crypto, taken when first used rather than when a module that may use it is loaded: its
 * start-up costs ~3-8 ms, and a run reaches its first request without needing it (the hashes and
 * temp names come later), unless its platform signs requests. The bundler turns an `import` of a
 * built-in module into a require run as the importing module loads; `process.getBuiltinModule`
 * (https://nodejs.org/api/process.html#processgetbuiltinmoduleid) waits for the call.
 */
const crypto = () => process.getBuiltinModule('node:crypto');
const createHash = (algorithm) => crypto().createHash(algorithm);
const randomUUID = () => crypto().randomUUID();
/**
 * Random bytes from the kernel's generator, /dev/urandom, where there is one (Linux and macOS
 * runners): the source OpenSSL itself draws from
 * (https://man7.org/linux/man-pages/man4/urandom.4.html), read without loading node:crypto. The
 * phrasing nonce and Zuora's track id are drawn before the first request; loading node:crypto for
 * them was most of a run's start-up beyond its own code. Where the file cannot be read (Windows),
 * node:crypto's generator.
 */
function randomBytes(size) {
    const bytes = Buffer.alloc(size);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', 'r');
        for (let filled = 0; filled < size;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, filled, size - filled, null);
            if (read <= 0)
                throw new Error('/dev/urandom gave no bytes');
            filled += read;
        }
        return bytes;
    }
    catch {
        return crypto().randomBytes(size);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations as the contract writes them: `90s`, `10m`, `1h`, combinations such as `1h30m`,
 * `500ms` for tests, or a bare number of seconds. Returns milliseconds, or undefined when the
 * text is not a duration (the caller names the input in its error).
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    let total = 0;
    PART.lastIndex = 0;
    while (PART.lastIndex < value.length) {
        const match = PART.exec(value);
        if (!match)
            return undefined;
        total += Number(match[1]) * UNIT_MS[match[2]];
    }
    return Number.isFinite(total) ? Math.round(total) : undefined;
}
/** `95000` → `1m35s`; for log lines and summaries. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))}ms`;
    let seconds = Math.round(ms / 1000);
    const hours = Math.floor(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.floor(seconds / 60);
    seconds -= minutes * 60;
    return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds || (!hours && !minutes) ? `${seconds}s` : '']
        .join('');
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ formatLocation),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   On: () => (/* binding */ TimedOutError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   WX: () => (/* binding */ UncertainDeliveryError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   dk: () => (/* binding */ JobFailedError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   rJ: () => (/* binding */ BundleError),
/* harmony export */   rm: () => (/* binding */ FlowferryError),
/* harmony export */   vO: () => (/* binding */ ReplyError)
/* harmony export */ });
/* harmony import */ var _phrasing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31677);
/**
 * The error types flowferry raises on purpose. Everything that reaches the user is one of these;
 * anything else is a bug and is reported as such by `describeError`.
 *
 * Each error knows the step status it stands for (`failed` or `timed-out`) and, where it can,
 * what the user should change (`hint`).
 */

class FlowferryError extends Error {
    /** The `status` output this error leads to. */
    status = 'failed';
    /** One sentence on what to change, shown after the message. */
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.hint = options.hint;
    }
    /** The same error with another hint: its class, fields and cause kept. */
    withHint(hint) {
        const copy = Object.assign(Object.create(Object.getPrototypeOf(this)), this, { hint });
        Object.defineProperties(copy, { message: { value: this.message, writable: true }, stack: { value: this.stack, writable: true } });
        if (this.cause !== undefined)
            Object.defineProperty(copy, 'cause', { value: this.cause, writable: true });
        return copy;
    }
}
/**
 * A missing or malformed input. The message names the input and shows a good value, each in the
 * words of the front end that shows it (`timeout: 30m` in a workflow, `--timeout 30m` on the CLI).
 */
class InputError extends FlowferryError {
    input;
    constructor(input, problem, example) {
        super(`${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_0__/* .subject */ .bc)(input)}: ${problem}`, {
            hint: example === undefined ? undefined : `For example: ${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)(input, example)}`,
        });
        this.input = input;
    }
}
/** A bundle (or platform file) that cannot be used. Carries every finding, not just the first. */
class BundleError extends FlowferryError {
    findings;
    constructor(message, findings = [], options = {}) {
        super(message, options);
        this.findings = findings;
    }
    static at(location, rule, message, hint) {
        return new BundleError(`${formatLocation(location)}: ${message}`, [{ ...location, severity: 'error', rule, message }], {
            hint,
        });
    }
}
/** The platform answered with an error status. `detail` is the platform's own words. */
class HttpError extends FlowferryError {
    httpStatus;
    method;
    path;
    detail;
    code;
    requestId;
    constructor(httpStatus, method, 
    /** Path only: query strings can hold signatures. */
    path, detail, code, requestId, options = {}) {
        const parts = [`${method} ${path} failed with HTTP ${httpStatus}`];
        if (code)
            parts.push(`code ${code}`);
        let message = parts.join(', ');
        if (detail)
            message += `: ${detail}`;
        if (requestId)
            message += ` (request id ${requestId})`;
        super(message, { hint: options.hint });
        this.httpStatus = httpStatus;
        this.method = method;
        this.path = path;
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
/** The connection failed before the request could be delivered, or every retry was used up. */
class NetworkError extends FlowferryError {
}
/**
 * A request that must not be repeated (an import) may or may not have reached the platform:
 * the connection broke after the body was sent, or the reply was lost. Sending it again could
 * import twice, so flowferry stops and says so.
 */
class UncertainDeliveryError extends FlowferryError {
    constructor(what, cause, harmless) {
        super(`${what}: the request was sent but no complete reply came back (${causeText(cause).replace(`${what}: `, '')}). ` +
            'The platform may or may not have carried it out; flowferry did not send it again, to avoid doing it twice.', {
            cause,
            hint: harmless ?? `Check the target environment for the change before ${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_0__/* .phrase */ .MZ)('rerunning')}.`,
        });
    }
}
/** The platform replied, but not in a shape flowferry understands. */
class ReplyError extends FlowferryError {
}
/** The platform's asynchronous job ended in failure. */
class JobFailedError extends FlowferryError {
    jobId;
    platformStatus;
    constructor(message, jobId, platformStatus) {
        super(message);
        this.jobId = jobId;
        this.platformStatus = platformStatus;
    }
}
/** The `timeout` passed. The platform job may still be running. */
class TimedOutError extends FlowferryError {
    jobId;
    platformStatus;
    status = 'timed-out';
    constructor(message, jobId, platformStatus, hint) {
        super(message, { hint });
        this.jobId = jobId;
        this.platformStatus = platformStatus;
    }
}
function formatLocation(location) {
    let text = location.file;
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.col !== undefined)
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
/** The text shown for any thrown value: our own errors as they are, anything else marked as unexpected. */
function describeError(error) {
    if (error instanceof FlowferryError)
        return error.hint ? `${error.message}\n${error.hint}` : error.message;
    if (error instanceof Error)
        return `Unexpected error: ${error.message}`;
    return `Unexpected error: ${String(error)}`;
}
function statusOf(error) {
    return error instanceof FlowferryError ? error.status : 'failed';
}


/***/ }),

/***/ 78616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ replaceDir),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   UN: () => (/* binding */ stagingDirFor),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zs: () => (/* binding */ isEmptyDir),
/* harmony export */   ht: () => (/* binding */ siblingTemp),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   tD: () => (/* binding */ digestHandle)
/* harmony export */ });
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16082);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * SHA-256 and size of a file, read through one reused buffer: a gigabyte bundle is hashed in
 * constant memory and leaves no garbage behind for the collector to catch up with.
 */
async function digestFile(file) {
    return digestHandle(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r'));
}
/** The digest of what is left to read from an open file, which it then closes. */
async function digestHandle(handle) {
    const hash = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let bytes = 0;
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            bytes += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    return { bytes, sha256: hash.digest('hex') };
}
/** A name beside `target` that nobody else uses; temp files live next to their destination so rename is atomic. */
function siblingTemp(target, label = 'tmp') {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${label}-${(0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .randomBytes */ .po)(4).toString('hex')}`);
}
/** Write a whole file or nothing: a reader never sees half of it. */
async function writeFileAtomic(file, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const temp = siblingTemp(file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
/** A fresh directory beside `target`, on the same file system, for building its replacement. */
async function stagingDirFor(target) {
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(parent, { recursive: true });
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.staging-`));
}
/**
 * Put a fully written directory in place of `target`. An existing `target` is moved aside first
 * and removed only after the new one is in place, so an interruption leaves one or the other.
 */
async function replaceDir(staging, target) {
    const old = siblingTemp(target, 'old');
    const existed = await exists(target);
    if (existed)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(target, old);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
    }
    catch (error) {
        if (existed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(old, target);
        throw error;
    }
    if (existed)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
}
async function exists(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
async function isEmptyDir(dir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).length === 0;
    }
    catch {
        return false;
    }
}
/** Paths in messages and outputs: relative to the workspace when inside it, with forward slashes. */
function displayPath(file, root = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file));
    const shown = relative === '' ? '.' : relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file) : relative;
    return shown.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}


/***/ }),

/***/ 41434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P: () => (/* binding */ json),
  e: () => (/* binding */ prepareBody)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: ./src/core/plain-file.ts
var plain_file = __nccwpck_require__(19130);
// EXTERNAL MODULE: ./src/core/crypto.ts
var core_crypto = __nccwpck_require__(16082);
// EXTERNAL MODULE: ./src/core/memory.ts
var memory = __nccwpck_require__(11360);
;// CONCATENATED MODULE: ./src/core/http/multipart.ts




/**
 * Bytes read from the file at a time: fewer, larger reads cost less per byte through every stage
 * (file stream, transport, socket). Four chunks of the Kore.ai upload in flight hold a few of these each.
 */
const READ_CHUNK = 256 * 1024;
function multipart(parts) {
    const boundary = `----flowferry${(0,core_crypto/* randomBytes */.po)(12).toString('hex')}`;
    const pieces = [];
    let length = 0;
    const add = (piece) => {
        pieces.push(piece);
        length += Buffer.isBuffer(piece) ? piece.length : partLength(piece);
    };
    for (const part of parts) {
        const disposition = `form-data; name="${multipart_escape(part.name)}"${'file' in part ? `; filename="${multipart_escape(part.filename)}"` : ''}`;
        const type = 'file' in part ? `\r\nContent-Type: ${part.contentType}` : '';
        add(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`));
        if ('file' in part)
            add(part);
        add(Buffer.from('value' in part ? `${part.value}\r\n` : '\r\n'));
    }
    add(Buffer.from(`--${boundary}--\r\n`));
    return { contentType: `multipart/form-data; boundary=${boundary}`, length, open: () => external_node_stream_.Readable.from(body(pieces), { objectMode: false }) };
}
async function* body(pieces) {
    for (const piece of pieces) {
        if (Buffer.isBuffer(piece)) {
            yield piece;
            continue;
        }
        const seen = piece.watch?.();
        for await (const chunk of fileChunks(piece.file, piece.size, piece.start === undefined ? {} : { start: piece.start, end: piece.end })) {
            seen?.(chunk);
            yield chunk;
        }
    }
}
/**
 * A file's bytes (or a range of them), READ_CHUNK at a time and counted for core/memory.ts as they
 * pass. Opened as core/plain-file.ts opens files: the very file whose checksum was verified, at the
 * size announced, or an error (which ends the body, and so the request) before a byte is read.
 */
async function* fileChunks(file, size, range = {}) {
    for await (const chunk of (0,plain_file/* plainFileStream */.r7)(file, { ...range, highWaterMark: READ_CHUNK }, size)) {
        (0,memory/* streamed */.IB)(chunk.length);
        yield chunk;
    }
}
function partLength(part) {
    return part.start === undefined ? part.size : (part.end ?? part.size - 1) - part.start + 1;
}
/**
 * A name or file name in a part's header, as browsers write it: `"` and line breaks
 * percent-encoded, so a name from a bundle cannot end the header or the quoted string early
 * (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#multipart-form-data).
 */
function multipart_escape(text) {
    return text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

;// CONCATENATED MODULE: ./src/core/http/body.ts



/** node:zlib, loaded by the first body gzipped (https://nodejs.org/api/process.html#processgetbuiltinmoduleid). */
const zlib = () => process.getBuiltinModule('node:zlib');
const json = (value) => ({ kind: 'json', value });
async function prepareBody(body, gzipAbove) {
    switch (body.kind) {
        case 'json':
            return bytesBody(Buffer.from(JSON.stringify(body.value)), 'application/json', gzipAbove);
        case 'form':
            return bytesBody(Buffer.from(new URLSearchParams(body.fields).toString()), 'application/x-www-form-urlencoded', gzipAbove);
        case 'bytes':
            return bytesBody(body.data, body.contentType, gzipAbove);
        case 'multipart': {
            // Checked before anything is sent; each attempt's stream checks its descriptor again.
            for (const part of body.parts)
                if ('file' in part)
                    await (0,plain_file/* assertUploadable */.C3)(part.file, part.size);
            const form = multipart(body.parts);
            return { headers: { 'content-type': form.contentType, 'content-length': String(form.length) }, open: form.open };
        }
        case 'file':
            await (0,plain_file/* assertUploadable */.C3)(body.file, body.size);
            return fileBody(body.file, body.size, body.contentType, gzipAbove);
    }
}
function bytesBody(data, contentType, gzipAbove) {
    const headers = { 'content-type': contentType };
    let bytes = data;
    if (gzipAbove !== undefined && data.length > gzipAbove) {
        bytes = zlib().gzipSync(data);
        headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(bytes.length);
    return { headers, bytes, open: () => bytes };
}
/**
 * A file sent as the body, streamed from disk for each attempt so that memory does not grow with
 * it. Gzipped as it streams, where the platform takes gzipped bodies: the compressed length is
 * not known before the end, so the request goes without a Content-Length, in chunked transfer
 * coding (https://www.rfc-editor.org/rfc/rfc9112#section-7.1). Every attempt sends the same bytes
 * (the same verified file through the same deflate settings), as a retry under one Idempotency-Key
 * must. Such a body has no `bytes`: a signer that hashes bodies signs it as an unsigned payload.
 */
function fileBody(file, size, contentType, gzipAbove) {
    const gzip = gzipAbove !== undefined && size > gzipAbove;
    const headers = gzip ? { 'content-type': contentType, 'content-encoding': 'gzip' } : { 'content-type': contentType, 'content-length': String(size) };
    return {
        headers,
        open: () => {
            const source = external_node_stream_.Readable.from(fileChunks(file, size), { objectMode: false });
            if (!gzip)
                return source;
            // A read error destroys the gzip stream with it, and so ends the request unfinished.
            return (0,external_node_stream_.pipeline)(source, zlib().createGzip(), () => { });
        },
    };
}


/***/ }),

/***/ 52911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  vf: () => (/* reexport */ reply_body/* discard */.vf),
  Ve: () => (/* reexport */ genericErrorDetail),
  sy: () => (/* reexport */ headerCredentials),
  jF: () => (/* reexport */ hintForStatus),
  Vh: () => (/* reexport */ reply_body/* readJson */.Vh),
  yR: () => (/* reexport */ reply_body/* readText */.yR),
  Gb: () => (/* reexport */ requestIdOf)
});

// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __nccwpck_require__(32257);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
// EXTERNAL MODULE: ./src/core/timers.ts
var timers = __nccwpck_require__(96885);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(71013);
// EXTERNAL MODULE: ./src/core/http/body.ts + 1 modules
var http_body = __nccwpck_require__(41434);
// EXTERNAL MODULE: ./src/core/http/dispatcher.ts
var dispatcher = __nccwpck_require__(23123);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __nccwpck_require__(46081);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __nccwpck_require__(61037);
;// CONCATENATED MODULE: ./src/core/http/redirect.ts


/**
 * Where a redirect leads: its Location (RFC 9110 §10.2.2) resolved against the request's URL.
 * A Location that is not a URL, or leads anywhere but http(s) (file:, data:, javascript:), is the
 * platform's error, said as one: `new URL` would otherwise throw a TypeError from inside the
 * request loop, which the user would see as an unexpected error.
 */
function redirectTarget(location, from, what) {
    const text = String(Array.isArray(location) ? location[0] : location);
    let target;
    try {
        target = new URL(text, from);
    }
    catch {
        throw new errors/* ReplyError */.vO(`${what}: the platform redirected to ${(0,untrusted_text/* untrustedText */.Ui)(text, 200)}, which is not a URL`);
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        throw new errors/* ReplyError */.vO(`${what}: the platform redirected to a ${(0,untrusted_text/* untrustedText */.Ui)(target.protocol, 20)} URL; flowferry follows http(s) redirects only`);
    }
    return target;
}

// EXTERNAL MODULE: ./src/core/http/reply-body.ts
var reply_body = __nccwpck_require__(44557);
;// CONCATENATED MODULE: ./src/core/http/transport.ts


/** The codes of the errors this file makes; CONNECT_TIMEOUT is one retry.ts counts as never sent. */
const CONNECT_TIMEOUT = 'CONNECT_TIMEOUT';
const HEADERS_TIMEOUT = 'HEADERS_TIMEOUT';
const BODY_TIMEOUT = 'BODY_TIMEOUT';
function coded(code, message) {
    return Object.assign(new Error(message), { code });
}
/**
 * An error from before the connection was up (DNS, TCP, the TLS handshake: an untrusted or
 * expired certificate, a server that does not speak TLS): not a byte of the request was written,
 * whatever the error's code, so retry.ts may send it again and never calls its delivery uncertain.
 * The cause's message and code are kept for the log line.
 */
class NotConnectedError extends Error {
    code;
    constructor(cause) {
        super(cause.message, { cause });
        this.name = 'NotConnectedError';
        this.code = cause.code;
    }
}
/** Sends `exchange` to `url` through the run's `pools`; resolves when the reply's headers are in. */
function send(url, exchange, pools) {
    return new Promise((resolve, reject) => {
        const { signal } = exchange;
        if (signal.aborted)
            return reject(signal.reason);
        const secure = url.protocol === 'https:';
        let req;
        try {
            const client = secure ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
            req = client.request(url, { method: exchange.method, headers: exchange.headers, agent: secure ? pools.https : pools.http });
        }
        catch (error) {
            // A header value Node refuses (ERR_INVALID_CHAR): nothing was sent.
            return reject(error);
        }
        let response;
        let socket;
        let connectTimer;
        let done = false;
        // Set once the socket is connected (and its TLS handshake done), or reused connected.
        let connected = false;
        const fail = (error) => {
            if (done)
                return;
            // Once the headers are in, the error reaches whoever reads the body.
            if (response)
                response.destroy(error);
            req.destroy(error);
            reject(error);
        };
        const onAbort = () => fail(signal.reason);
        const onIdle = () => {
            fail(response
                ? coded(BODY_TIMEOUT, `the reply stopped: nothing came for ${(0,duration/* formatDuration */.a)(exchange.bodyTimeoutMs)} (body timeout; FLOWFERRY_READ_TIMEOUT sets it)`)
                : coded(HEADERS_TIMEOUT, `no reply: nothing came for ${(0,duration/* formatDuration */.a)(exchange.headersTimeoutMs)} after the request (headers timeout; FLOWFERRY_READ_TIMEOUT sets it)`));
        };
        const cleanup = () => {
            if (done)
                return;
            done = true;
            clearTimeout(connectTimer);
            signal.removeEventListener('abort', onAbort);
            socket?.removeListener('timeout', onIdle);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        req.on('error', (error) => {
            if (response && !response.destroyed)
                response.destroy(error);
            reject(connected ? error : new NotConnectedError(error));
            cleanup();
        });
        req.once('close', () => {
            if (!response)
                cleanup();
        });
        req.once('socket', (assigned) => {
            socket = assigned;
            // A new socket is still connecting (its TLS handshake included); a reused one is not.
            // The read timeout starts once it is connected: a slow connect is the connect timeout's, which
            // says the request was never sent.
            assigned.on('timeout', onIdle);
            const reading = () => {
                connected = true;
                clearTimeout(connectTimer);
                if (!done && !response)
                    assigned.setTimeout((0,timers/* timerMs */.Q2)(exchange.headersTimeoutMs));
            };
            if (!assigned.connecting)
                return reading();
            assigned.setTimeout(0);
            connectTimer = setTimeout(() => {
                fail(coded(CONNECT_TIMEOUT, `connect timeout: no connection to ${url.host} within ${(0,duration/* formatDuration */.a)(exchange.connectTimeoutMs)} (FLOWFERRY_CONNECT_TIMEOUT sets it)`));
            }, (0,timers/* timerMs */.Q2)(exchange.connectTimeoutMs));
            assigned.once(secure ? 'secureConnect' : 'connect', reading);
        });
        req.once('response', (res) => {
            response = res;
            socket?.setTimeout((0,timers/* timerMs */.Q2)(exchange.bodyTimeoutMs));
            res.once('close', cleanup);
            resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res });
        });
        const { body } = exchange;
        if (body === undefined || Buffer.isBuffer(body)) {
            req.end(body);
        }
        else {
            // A body that fails (a file that changed under it) fails the request; a request that fails
            // first closes the body (its file descriptor).
            body.once('error', (error) => req.destroy(error));
            req.once('close', () => {
                if (!body.readableEnded)
                    body.destroy();
            });
            body.pipe(req);
        }
    });
}

;// CONCATENATED MODULE: ./src/core/http/retry.ts


const defaultRetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };
/** HTTP statuses that say "try again later" for requests that may be repeated. */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Socket errors that happen before a single byte of the request was written. */
const NOT_SENT_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    // transport.ts's own: the connect timeout passed before the socket was connected.
    CONNECT_TIMEOUT,
]);
/**
 * Certificate checks that failed in the TLS handshake (https://nodejs.org/api/tls.html#x509-certificate-error-codes,
 * and a host the certificate does not name): never sent, and never better on a second try.
 */
const CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_REVOKED',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
function isCertificateRefused(error) {
    const code = errorCode(error);
    return code !== undefined && CERTIFICATE_CODES.has(code);
}
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
        const code = current.code;
        if (code)
            return code;
        current = current.cause;
    }
    return undefined;
}
function neverSent(error) {
    if (error instanceof NotConnectedError)
        return true;
    const code = errorCode(error);
    return code !== undefined && NOT_SENT_CODES.has(code);
}
function isTransientStatus(status) {
    return TRANSIENT_STATUSES.has(status);
}
/**
 * `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or
 * unreadable. Capped at what a timer can hold: the caller compares it with the deadline anyway.
 */
function parseRetryAfter(value, now) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(text))
        return Math.min(timers/* MAX_TIMER_MS */._o, Math.round(Number(text) * 1000));
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.min(timers/* MAX_TIMER_MS */._o, Math.max(0, date - now));
}
function ceiling(attempt, policy) {
    return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}
/** The least pause after failed attempt `attempt`, whatever the reply said: half its backoff ceiling. */
function backoffFloor(attempt, policy) {
    return Math.floor(ceiling(attempt, policy) / 2);
}
/** Equal jitter: the floor, plus up to as much again at random, so clients that failed together spread out. */
function backoffDelay(attempt, policy, random) {
    const floor = backoffFloor(attempt, policy);
    return floor + Math.floor(random() * (ceiling(attempt, policy) - floor));
}
/**
 * Honour the server's wait, but never below the backoff floor; plus jitter (a tenth, at most 1 s)
 * so a fleet told the same Retry-After does not return in lockstep.
 */
function retryAfterDelay(retryAfterMs, attempt, policy, random) {
    const base = Math.min(timers/* MAX_TIMER_MS */._o, Math.max(retryAfterMs, backoffFloor(attempt, policy)));
    return base + Math.floor(random() * Math.min(1000, base * 0.1));
}

// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __nccwpck_require__(31677);
;// CONCATENATED MODULE: ./src/core/http/pacer.ts




const MAX_WINDOW_S = 3600;
/**
 * Slows requests down before the platform has to say 429. Reads the standard `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` headers (Zuora sends them; any platform that does
 * benefits) and keeps a count of the window's budget between replies:
 *
 * - with budget left, requests go at once: the platform counts them exactly, so a burst within
 *   the budget is never refused, and holding requests back only makes the last of a batch late;
 * - when it is spent, requests wait for the window to reset.
 *
 * Each request holds a ticket from its reservation to its reply. A reply's `RateLimit-Remaining`
 * was counted before the requests sent after it reached the platform, so those still in flight are
 * taken off it: a batch of sixteen in flight does not spend the budget sixteen times over. The
 * window's end is known only to the second (`RateLimit-Reset` is whole seconds: "in 1 s" may mean
 * in 50 ms), so it is the earliest end the window's replies allow, not the last one's word.
 * https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
 *
 * One pacer per origin, shared by every client of that origin, so the bundles of a batch draw on
 * one budget instead of each believing it has the whole of it.
 */
class RatePacer {
    /** Requests left in the current window, as far as we know; undefined when unknown. */
    remaining;
    /** The earliest end of the current window the replies allow. */
    windowEnd = 0;
    issued = 0;
    /** The first ticket issued in the current window: a reply to an older one was counted in a window that is over. */
    windowFirstTicket = 1;
    /** Tickets whose request has not had its reply yet. */
    inFlight = new Set();
    /**
     * Counts the reply of ticket `ticket` (a request without a ticket counts as the latest sent).
     * Replies without the headers change nothing but the ticket's.
     */
    observe(headers, now, ticket) {
        if (ticket !== undefined)
            this.inFlight.delete(ticket);
        // Sent before this window began: its RateLimit-Remaining is the old window's, and a reset
        // counted from its late arrival would hold the new window's requests back for nothing.
        if (ticket !== undefined && ticket < this.windowFirstTicket)
            return;
        const remaining = firstNumber(headers['ratelimit-remaining']);
        const resetSeconds = firstNumber(headers['ratelimit-reset']);
        if (remaining === undefined || resetSeconds === undefined)
            return;
        let uncounted = 0;
        if (ticket !== undefined)
            for (const other of this.inFlight)
                if (other > ticket)
                    uncounted++;
        const budget = Math.max(0, remaining - uncounted);
        // An hour at most: pacing only spares the platform 429s, and a reset further off is more
        // likely nonsense than a window; the platform's own refusal then says how long to wait.
        let end = now + Math.min(resetSeconds, MAX_WINDOW_S) * 1000;
        // A 429/503 may say both "the window resets in N s" and "Retry-After: M". Retry-After is the
        // server's own answer to "when may I try again" (Zuora: honour it), so the spent budget does
        // not hold the retry past it; the reply to that retry tells the budget again.
        const retryAfter = parseRetryAfter(headers['retry-after'], now);
        if (retryAfter !== undefined)
            end = Math.min(end, now + retryAfter);
        if (this.remaining === undefined || now >= this.windowEnd) {
            this.remaining = budget;
            this.windowEnd = end;
        }
        else {
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
        if (this.remaining === undefined)
            return 0;
        if (now >= this.windowEnd) {
            // A new window: its budget is known again from the next reply to a request sent in it.
            this.remaining = undefined;
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
    async acquire(clock, deadline, what = 'the next request') {
        let waited = 0;
        for (let wait = this.reserve(clock.now()); wait > 0; wait = this.reserve(clock.now())) {
            if (deadline && wait >= deadline.remaining())
                throw lateBy(what, ` (RateLimit-Reset: in ${(0,duration/* formatDuration */.a)(wait)})`);
            await clock.sleep(wait, deadline?.signal()).catch(() => Promise.reject(lateBy(what)));
            waited += wait;
        }
        return waited;
    }
}
function lateBy(what, why = '') {
    return new errors/* TimedOutError */.On(`${what}: the platform's rate limit lets it go only after the timeout${why}`, undefined, undefined, `Raise ${(0,phrasing/* input */.hF)('timeout')}, or ${(0,phrasing/* phrase */.MZ)('rerun')} later.`);
}
function firstNumber(value) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined)
        return undefined;
    // "2250000, 50000;w=60, …": the first item is the window closest to exhaustion.
    const match = /^\s*(\d+(?:\.\d+)?)/.exec(text);
    return match ? Number(match[1]) : undefined;
}
const pacers = new Map();
function pacerFor(origin) {
    let pacer = pacers.get(origin);
    if (!pacer) {
        pacer = new RatePacer();
        pacers.set(origin, pacer);
    }
    return pacer;
}

;// CONCATENATED MODULE: ./src/core/http/reply-text.ts

/** How much of a platform's message is shown; the rest rarely adds to the first sentences. */
const MESSAGE_LIMIT = 500;
const CODE_LIMIT = 100;
const REQUEST_ID_LIMIT = 200;
/**
 * The detail as messages may show it: each field from the reply masked (secrets in every
 * spelling, foreign URLs' queries), one line with visible escapes, and only then shortened.
 */
function untrustedDetail(detail) {
    return {
        ...detail,
        message: (0,untrusted_text/* untrustedText */.Ui)(detail.message, MESSAGE_LIMIT),
        code: detail.code === undefined ? undefined : (0,untrusted_text/* untrustedText */.Ui)(detail.code, CODE_LIMIT),
        requestId: detail.requestId === undefined ? undefined : (0,untrusted_text/* untrustedText */.Ui)(detail.requestId, REQUEST_ID_LIMIT),
    };
}
/** The headers platforms commonly carry a request id in; a platform with its own names it (`requestIdHeader`). */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id'];
/** The request id a platform put in a header, shown as an id from outside is. */
function requestIdOf(headers, platformHeader) {
    for (const name of platformHeader ? [platformHeader, ...REQUEST_ID_HEADERS] : REQUEST_ID_HEADERS) {
        const value = headers[name];
        if (value)
            return (0,untrusted_text/* untrustedText */.Ui)(Array.isArray(value) ? value[0] : value, REQUEST_ID_LIMIT);
    }
    return undefined;
}
/**
 * Best effort for platforms without a documented error shape: a JSON message field, or the text.
 * Not shortened here: the client masks the whole text first, then shortens it.
 */
function genericErrorDetail(headers, text, requestIdHeader) {
    let message = text.trim();
    try {
        const body = JSON.parse(text);
        const candidate = body.message ?? body.error_msg ?? body.errorMsg ?? body.msg ?? body.error ?? body.title;
        if (typeof candidate === 'string')
            message = candidate;
    }
    catch {
        // not JSON: the text itself is the best we have
    }
    return { message, requestId: requestIdOf(headers, requestIdHeader) };
}

;// CONCATENATED MODULE: ./src/core/http/refusal.ts



/** An error reply's body is read this far: enough for any platform's message, not a flood. */
const ERROR_BODY_LIMIT = 64 * 1024;
/** The text of an error reply, or '' when it cannot be read: the status still says what happened. */
function refusalText(reply) {
    return (0,reply_body/* readText */.yR)(reply.body, ERROR_BODY_LIMIT).catch(() => '');
}
/** The platform's reading of an error reply, made safe to show. */
function describeRefusal(reader, reply, text) {
    const detail = reader.describeError?.({ status: reply.status, headers: reply.headers, text });
    return untrustedDetail(detail ?? genericErrorDetail(reply.headers, text, reader.requestIdHeader));
}
function refusalError(reader, reply, method, text, detail) {
    const d = detail ?? describeRefusal(reader, reply, text);
    return new errors/* HttpError */.j$(reply.status, method, reply.url.pathname, d.message, d.code, d.requestId, {
        hint: d.hint ?? hintForStatus(reply.status),
        reply: text,
    });
}
function hintForStatus(status) {
    if (status === 401)
        return 'Check the credential inputs: the platform did not accept them.';
    if (status === 403)
        return 'The credentials were accepted but lack the permission (scope/role) for this call.';
    if (status === 404)
        return 'Check the ids and base-url: the platform does not know this resource.';
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/http/request.ts
/**
 * The methods HTTP defines as idempotent (RFC 9110, section 9.2.2:
 * https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2); a POST or PATCH is one only when the
 * platform says so (`RequestSpec.idempotent`).
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
function isIdempotent(spec) {
    return spec.idempotent ?? IDEMPOTENT_METHODS.has(spec.method);
}
/** The URL a spec names: its path under `base-url` (keeping the base's own path), or an absolute URL as given. */
function urlFor(baseUrl, spec) {
    const url = /^https?:\/\//i.test(spec.path)
        ? new URL(spec.path)
        : new URL(baseUrl.pathname.replace(/\/+$/, '') + spec.path, baseUrl.origin);
    for (const [key, value] of Object.entries(spec.query ?? {})) {
        if (value !== undefined)
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
/**
 * The body to send for one attempt. A streamed body marks `progress` so that a failure can tell
 * a request that cannot have been received whole (the stream never ended) from one that may have.
 */
function openBody(body, progress) {
    if (!body)
        return undefined;
    const opened = body.open();
    if (Buffer.isBuffer(opened))
        return opened;
    progress.streamed = true;
    opened.once('end', () => {
        progress.finished = true;
    });
    return opened;
}

;// CONCATENATED MODULE: ./src/core/http/request-log.ts


/**
 * The debug log's line for each request and reply. Secrets stay out: credential headers are
 * masked, and a URL off the `base-url` origin (a signed download link) loses its query string.
 */
const SENSITIVE_HEADERS = new Set([
    'authorization',
    'proxy-authorization',
    'cookie',
    'set-cookie',
    'x-api-key',
    'accesskey',
    'x-auth-token',
    'x-subject-token',
    'x-security-token',
]);
function logRequest(log, request, attempt, trusted) {
    if (!log.debugEnabled)
        return;
    const shown = trusted ? request.url.toString() : `${request.url.origin}${request.url.pathname}${request.url.search ? '?…' : ''}`;
    const headers = Object.entries(request.headers)
        .map(([name, value]) => `${name}: ${SENSITIVE_HEADERS.has(name.toLowerCase()) ? '***' : value}`)
        .join(', ');
    log.debug(`→ ${request.method} ${shown}${attempt > 1 ? ` (attempt ${attempt})` : ''} [${headers}]`);
}
function logReply(log, reply, elapsedMs, requestIdHeader) {
    if (!log.debugEnabled)
        return;
    const id = requestIdOf(reply.headers, requestIdHeader);
    log.debug(`← ${reply.status} ${reply.url.pathname} in ${(0,duration/* formatDuration */.a)(elapsedMs)}` +
        `${reply.headers['content-length'] ? `, ${reply.headers['content-length']} bytes` : ''}` +
        `${id ? `, request id ${id}` : ''}`);
}

// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __nccwpck_require__(12032);
;// CONCATENATED MODULE: ./src/core/http/retry-wait.ts




async function pauseBeforeRetry(retrying, what, attempt, problem, pause, lastError) {
    const { policy, clock, deadline, log } = retrying;
    const retryAfterMs = pause?.ms;
    if (attempt >= policy.maxAttempts) {
        if (lastError instanceof errors/* HttpError */.j$)
            throw lastError;
        throw new errors/* NetworkError */.Dr(`${what} failed after ${attempt} attempts: ${problem}`, {
            cause: lastError,
            hint: 'Check that base-url is right and the platform is reachable from the runner.',
        });
    }
    const wait = retryAfterMs !== undefined
        ? retryAfterDelay(retryAfterMs, attempt, policy, clock.random)
        : backoffDelay(attempt, policy, clock.random);
    if (wait >= deadline.remaining()) {
        throw new errors/* TimedOutError */.On(`${what}: ${problem}, and the next attempt (in ${(0,duration/* formatDuration */.a)(wait)}) would come after the timeout`, undefined, undefined, `Raise ${(0,phrasing/* input */.hF)('timeout')}, or ${(0,phrasing/* phrase */.MZ)('rerun')} later.`);
    }
    const source = pause ? ` ${pause.source}` : '';
    log.info(`${what}: ${problem}; retrying in ${(0,duration/* formatDuration */.a)(wait)}${source} (attempt ${attempt + 1} of ${policy.maxAttempts})`);
    await clock.sleep(wait, deadline.signal()).catch(() => {
        throw new errors/* TimedOutError */.On(`${what}: ${problem}, and the timeout passed while waiting to try again`, undefined, undefined, `Raise ${(0,phrasing/* input */.hF)('timeout')}, or ${(0,phrasing/* phrase */.MZ)('rerun')} later.`);
    });
}
/**
 * Stop when the step's `timeout` has passed. When a request that is not idempotent failed after it
 * may have left (`cause`), the message says it may have reached the platform.
 */
function checkDeadline(deadline, what, idempotent, cause) {
    if (!deadline.expired())
        return;
    const uncertain = cause !== undefined && !idempotent;
    throw new errors/* TimedOutError */.On(`${what} did not finish before the timeout`, undefined, undefined, uncertain
        ? `The request may have reached the platform: check the target before ${(0,phrasing/* phrase */.MZ)('rerunning')}, or raise ${(0,phrasing/* input */.hF)('timeout')}.`
        : `Raise ${(0,phrasing/* input */.hF)('timeout')}, or ${(0,phrasing/* phrase */.MZ)('rerun')}.`);
}
/** A network failure in words: its code (ECONNRESET…) and message, the code once. */
function describeCause(error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    // As a word of its own: CONNECT_TIMEOUT is not named by a message that names FLOWFERRY_CONNECT_TIMEOUT.
    return code && !message.split(/\W+/).includes(code) ? `${code}: ${message}` : message;
}
/**
 * The platform's TLS certificate was refused: nothing was sent, and no retry would change it. A
 * platform behind a private CA is reached by giving Node that CA
 * (https://nodejs.org/api/cli.html#node_extra_ca_certsfile); never by turning the check off.
 */
function certificateRefused(what, error) {
    return new errors/* NetworkError */.Dr(`${what}: the platform's TLS certificate was refused (${describeCause(error)}); nothing was sent`, {
        cause: error,
        hint: `Check ${(0,phrasing/* input */.hF)('base-url')}: its host must be one the certificate names. If the platform's certificate comes from a private CA, ` +
            "give the step that CA's PEM file in the environment variable NODE_EXTRA_CA_CERTS.",
    });
}

;// CONCATENATED MODULE: ./src/core/http/credentials.ts
/**
 * A credential sent as one header on every request to the origin (an API key, a token). The name
 * goes out spelled as the platform documents it: header names are case-insensitive, but a server
 * or proxy that compares them literally should not be the reason a key is refused.
 */
function headerCredentials(name, value) {
    return {
        authorize(request) {
            request.headers[name] = value;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/http/client.ts


















/*
 * Platforms import everything HTTP from this module. The request loop is here; each of its parts
 * has a file of its own:
 *   request.ts      what a request and a reply are (RequestSpec, OutgoingRequest, HttpReply)
 *   credentials.ts  how a platform signs in, only ever to the base-url origin
 *   retry.ts        when a request may be sent again, and after how long (the rules)
 *   retry-wait.ts   giving up, or waiting before the next attempt
 *   refusal.ts      an error reply read into an HttpError (reply-text.ts keeps its words safe)
 *   reply-body.ts   reading a successful reply (gunzip, size limits, JSON)
 *   request-log.ts  the debug lines, secrets masked
 *   transport.ts    one request on the wire (node:http), timeouts, abort
 *   pacer.ts, redirect.ts, dispatcher.ts, body.ts  rate limits, redirects, sockets, request bodies
 */




const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/**
 * The one HTTP client every platform uses: origin-pinned credentials, timeouts, the retry policy,
 * rate-limit pacing, transparent gunzip, debug logging with secrets kept out.
 */
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
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.deadline = options.deadline ?? clock/* Deadline */.B.after(24 * 3_600_000, this.clock);
        this.retrying = { policy: { ...defaultRetryPolicy, ...options.retry }, clock: this.clock, deadline: this.deadline, log: this.log };
        this.timeouts = { ...(0,dispatcher/* timeoutsFromEnv */.I5)(), ...options.timeouts };
    }
    /** Send, retrying as the rules allow, and hand a successful reply to `consume`. */
    async request(spec, consume) {
        const what = spec.what ?? `${spec.method} ${spec.path.split('?')[0]}`;
        const idempotent = isIdempotent(spec);
        const body = spec.body ? await (0,http_body/* prepareBody */.e)(spec.body, this.options.gzipRequestsAbove) : undefined;
        let url = this.resolve(spec);
        const method = spec.method;
        let attempt = 0;
        let redirects = 0;
        let refreshed = false;
        for (;;) {
            attempt++;
            const trusted = url.origin === this.origin;
            // A token the credentials fetch first is a request of its own, paced and bounded by the
            // deadline in its own loop; this request waits its turn after it, so that the token's reply
            // (which may say the budget is spent) is counted once, and a signature comes after any wait.
            if (trusted && this.options.credentials?.prepare)
                await this.options.credentials.prepare();
            const pacer = pacerFor(url.origin);
            const paced = await pacer.acquire(this.clock, this.deadline, what);
            if (paced >= 500)
                this.log.info(`${what}: pacing for the platform's rate limit (${(0,duration/* formatDuration */.a)(paced)})`);
            this.checkDeadline(what, idempotent);
            const outgoing = {
                method,
                url,
                headers: {
                    'user-agent': this.options.userAgent ?? `flowferry/${version/* VERSION */.x}`,
                    'accept-encoding': 'gzip, deflate',
                    ...lowerCase(this.options.headers),
                    ...lowerCase(spec.headers),
                    ...body?.headers,
                },
                body,
            };
            if (trusted && this.options.credentials)
                await this.options.credentials.authorize(outgoing);
            this.logRequest(outgoing, attempt, trusted);
            // Taken as the request leaves, so that a reply's RateLimit-Remaining is not spent again by the
            // requests that were still in flight when it was counted (pacer.ts).
            const ticket = pacer.ticket();
            const progress = { streamed: false, finished: false };
            const started = this.clock.now();
            let response;
            try {
                response = await send(url, {
                    method,
                    headers: outgoing.headers,
                    body: openBody(outgoing.body, progress),
                    signal: this.deadline.signal(),
                    connectTimeoutMs: this.timeouts.connectMs,
                    headersTimeoutMs: (0,timers/* timerMs */.Q2)(spec.readTimeoutMs ?? this.timeouts.readMs),
                    bodyTimeoutMs: (0,timers/* timerMs */.Q2)(Math.max(spec.readTimeoutMs ?? 0, this.timeouts.readMs)),
                }, (0,dispatcher/* poolsFor */.bA)(url));
            }
            catch (error) {
                pacer.release(ticket);
                this.checkDeadline(what, idempotent, error);
                if (isCertificateRefused(error))
                    throw certificateRefused(what, error);
                // A streamed body that was not read to its end cannot have been received whole.
                const delivered = !neverSent(error) && !(progress.streamed && !progress.finished);
                if (delivered && !idempotent)
                    throw new errors/* UncertainDeliveryError */.WX(what, error, spec.harmlessIfRepeated);
                await this.pauseBeforeRetry(what, attempt, `${describeCause(error)}`, undefined, error);
                continue;
            }
            // Replies are read with zod schemas, loaded only now: the first request left without them.
            await (0,schema/* loadSchemas */.B)();
            pacer.observe(response.headers, this.clock.now(), ticket);
            const reply = {
                status: response.statusCode,
                headers: response.headers,
                body: (0,reply_body/* decodeBody */.Vj)(response.body, response.headers['content-encoding'], what, undefined, response.headers['content-length']),
                url,
            };
            this.logReply(reply, this.clock.now() - started);
            if (REDIRECTS.has(reply.status) && reply.headers.location && (method === 'GET' || method === 'HEAD')) {
                reply.body.destroy();
                if (++redirects > MAX_REDIRECTS)
                    throw new errors/* NetworkError */.Dr(`${what}: more than ${MAX_REDIRECTS} redirects`);
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
                throw this.errorFor(reply, method, '', { message: 'unauthorized' });
            }
            if ((reply.status >= 200 && reply.status < 300) || spec.accept?.includes(reply.status)) {
                try {
                    return await consume(reply);
                }
                catch (error) {
                    reply.body.destroy();
                    // Our own verdicts on a complete reply (a wrong shape, a bad bundle) are final; a reply
                    // that broke off or could not be parsed may be a passing fault. One too large to read
                    // would come back as large, but a request that changes something did reach the platform.
                    if (error instanceof http_errors/* ReplyTooLargeError */.A && idempotent)
                        throw error;
                    if (error instanceof errors/* FlowferryError */.rm && !(error instanceof http_errors/* MalformedReplyError */._) && !(error instanceof http_errors/* ReplyTooLargeError */.A))
                        throw error;
                    this.checkDeadline(what, idempotent, error);
                    if (!idempotent)
                        throw new errors/* UncertainDeliveryError */.WX(what, error, spec.harmlessIfRepeated);
                    await this.pauseBeforeRetry(what, attempt, `the reply could not be read (${describeCause(error)})`, undefined, error);
                    continue;
                }
            }
            const text = await refusalText(reply);
            const detail = this.describe(reply, text);
            const throttled = reply.status === 429 || detail.throttled === true;
            if (throttled || (idempotent && isTransientStatus(reply.status))) {
                const header = parseRetryAfter(reply.headers['retry-after'], this.clock.now());
                const pause = header !== undefined ? { ms: header, source: 'as the platform asked (Retry-After)' } : detail.retryAfterMs !== undefined ? { ms: detail.retryAfterMs, source: "as the platform's documentation advises (no Retry-After)" } : undefined;
                const problem = `HTTP ${reply.status}${detail.code ? ` ${detail.code}` : ''}`;
                await this.pauseBeforeRetry(what, attempt, problem, pause, this.errorFor(reply, method, text, detail));
                continue;
            }
            const error = this.errorFor(reply, method, text, detail);
            if (!idempotent && reply.status >= 500) {
                throw error.withHint(spec.harmlessIfRepeated ??
                    'flowferry did not retry, because sending this request twice could repeat the change. ' +
                        'Check the target environment, then re-run the step.');
            }
            throw error;
        }
    }
    /** GET/POST and parse a JSON reply, checked against `parse` (a zod schema's parse, typically). */
    async json(spec, parse) {
        return this.request(spec, async (reply) => parse(await (0,reply_body/* readJson */.Vh)(reply, spec.what ?? spec.path)));
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


/***/ }),

/***/ 23123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ closeHttp),
/* harmony export */   I5: () => (/* binding */ timeoutsFromEnv),
/* harmony export */   bA: () => (/* binding */ poolsFor)
/* harmony export */ });
/* unused harmony export defaultTimeouts */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98571);
/* harmony import */ var _timers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(96885);


const defaultTimeouts = { connectMs: 10_000, readMs: 60_000 };
/**
 * `FLOWFERRY_CONNECT_TIMEOUT` and `FLOWFERRY_READ_TIMEOUT` (durations) tune the socket timeouts
 * for slow networks, and let the fault tests stall a reply without waiting a minute. Capped to
 * what a timer can hold (core/timers.ts): longer would fire at once.
 */
function timeoutsFromEnv(env = process.env) {
    return {
        connectMs: Math.min(_timers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TIMER_MS */ ._o, (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(env.FLOWFERRY_CONNECT_TIMEOUT ?? '') ?? defaultTimeouts.connectMs),
        readMs: Math.min(_timers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TIMER_MS */ ._o, (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(env.FLOWFERRY_READ_TIMEOUT ?? '') ?? defaultTimeouts.readMs),
    };
}
/**
 * Sockets to one origin at most: as many as the largest `concurrency` input, so a batch is never
 * held back, while a runaway loop cannot open thousands (https://nodejs.org/api/http.html#agentmaxsockets).
 */
const MAX_SOCKETS = 64;
/**
 * How long an idle connection is kept for the next request, as undici kept it: 4 s, or the
 * server's own `Keep-Alive: timeout=` less a second, which Node's Agent reads
 * (https://nodejs.org/api/http.html#agentkeepsocketalivesocket). A server closing a connection
 * just as a request is sent on it would otherwise reset a request that may not be repeated.
 */
const IDLE_MS = 4_000;
let shared;
/**
 * One connection pool for the whole run (keep-alive, https://nodejs.org/api/http.html#new-agentoptions),
 * so batches reuse connections; closed by `closeHttp`. `node:https` (and TLS) is loaded by the
 * first https request only.
 */
function poolsFor(url) {
    const options = { keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_MS };
    const pools = (shared ??= { http: new (process.getBuiltinModule('node:http').Agent)(options) });
    if (url.protocol === 'https:')
        pools.https ??= new (process.getBuiltinModule('node:https').Agent)(options);
    return pools;
}
/**
 * Lets the process end as soon as the work is done, instead of when idle sockets time out.
 * `destroy` closes every socket, in use or not: a reply left half-read (a consumer that gave up)
 * would otherwise keep the run pending (https://nodejs.org/api/http.html#agentdestroy).
 */
async function closeHttp() {
    const current = shared;
    shared = undefined;
    current?.http.destroy();
    current?.https?.destroy();
}


/***/ }),

/***/ 46081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ReplyTooLargeError),
/* harmony export */   _: () => (/* binding */ MalformedReplyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

/**
 * A reply that could not be parsed at all (cut short, not JSON). Unlike a reply of the wrong
 * shape, this can be a passing fault, so idempotent requests are sent again.
 */
class MalformedReplyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReplyError */ .vO {
}
/**
 * A reply larger than flowferry reads (counted after decoding, so a gzip bomb is one). Not a
 * passing fault: the same request would get the same reply, so it is not sent again.
 */
class ReplyTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReplyError */ .vO {
    constructor(message) {
        super(message, {
            hint: 'The platform (or a proxy in front of it) sent far more than a workflow definition; check base-url, and the platform\'s health.',
        });
    }
}


/***/ }),

/***/ 44557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   Vj: () => (/* binding */ decodeBody),
/* harmony export */   bC: () => (/* binding */ readWholeText),
/* harmony export */   vf: () => (/* binding */ discard),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export REPLY_LIMIT */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(36419);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46081);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(61037);




/**
 * Reply bodies as the platform clients read them: decoded (gzip, deflate), counted, and bounded.
 *
 * A compressed reply is untrusted twice over: a few kilobytes of gzip can inflate to gigabytes
 * (a "decompression bomb"), so every limit here counts DECODED bytes, as they come out of the
 * inflater, and stops the stream the moment one is passed. Every stage is joined with
 * `stream.pipeline`, so a consumer that stops early (an error, a limit) tears down the inflater
 * and the socket as well; a half-read socket would otherwise keep the connection pool from
 * closing and leave the run pending forever.
 */
/**
 * The largest reply flowferry takes at all, after decoding: an export package streamed to disk.
 * Documents read into memory (JSON, error texts) have their own, smaller limits below.
 */
const REPLY_LIMIT = 4 * 1024 ** 3;
/** How much of a reply whose content does not matter is read before the connection is dropped. */
const DISCARD_LIMIT = 1024 * 1024;
/**
 * As browsers and undici's fetch inflate: an empty or cut-short body is not an encoding error
 * (the JSON parser or the checksum then judges what arrived), corrupt data is.
 */
const lenient = () => {
    const { Z_SYNC_FLUSH } = zlib().constants;
    return { flush: Z_SYNC_FLUSH, finishFlush: Z_SYNC_FLUSH };
};
/** node:zlib, loaded by the first compressed reply (https://nodejs.org/api/process.html#processgetbuiltinmoduleid). */
const zlib = () => process.getBuiltinModule('node:zlib');
/**
 * The reply's body, decoded per Content-Encoding (RFC 9110 §8.4; flowferry asks for gzip and
 * deflate only) and limited to `limit` decoded bytes. Errors of the encoding are typed.
 *
 * A body that is not encoded and declares a Content-Length within the limit is handed over as
 * it comes: Node's parser ends the body at the declared length (RFC 9112 §6.3; bytes past it are
 * not the body), so it cannot pass the limit, and a counting stage would only add a pass over
 * every chunk of a download. Without a length (chunked), or with one past the limit, it is counted.
 */
function decodeBody(source, contentEncoding, what, limit = REPLY_LIMIT, contentLength) {
    const encoding = String(contentEncoding ?? '').trim().toLowerCase();
    const inflater = encoding === 'gzip' || encoding === 'x-gzip' ? zlib().createGunzip(lenient()) : encoding === 'deflate' ? zlib().createInflate(lenient()) : undefined;
    if (!inflater && encoding === '' && /^\d{1,15}$/.test(contentLength ?? '') && Number(contentLength) <= limit)
        return source;
    const bounded = limiter(limit, what);
    if (!inflater) {
        (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, bounded, ignore);
        return bounded;
    }
    // Registered before pipeline's own listener, so the consumer sees the typed error first.
    inflater.once('error', (error) => {
        bounded.destroy(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedReplyError */ ._(`${what}: the reply's ${encoding} encoding is broken (${error.code ?? 'zlib'}: ${error.message})`, { cause: error }));
    });
    (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, inflater, bounded, ignore);
    return bounded;
}
/** A pass-through that fails with ReplyTooLargeError once more than `limit` bytes went through. */
function limiter(limit, what) {
    let size = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, done) {
            size += chunk.length;
            if (size > limit)
                done(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReplyTooLargeError */ .A(`${what}: the reply is larger than ${limit} bytes, the most flowferry takes`));
            else
                done(null, chunk);
        },
    });
}
function ignore() {
    // Errors reach the consumer through the last stage; pipeline only needs a callback.
}
/** A `consume` function for replies whose body does not matter: read a little (so the connection can be reused), drop the rest. */
async function discard(reply) {
    let size = 0;
    try {
        for await (const chunk of reply.body) {
            size += chunk.length;
            if (size > DISCARD_LIMIT)
                break;
        }
    }
    catch {
        // whatever it held, nobody reads it
    }
    finally {
        reply.body.destroy();
    }
}
/**
 * Reads at most `limit` decoded bytes of a body as UTF-8; the rest is not read at all. For text
 * that is only shown (the start of an error reply): a reply that is parsed must be read whole,
 * with `readWholeText`.
 */
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
    }
    finally {
        body.destroy();
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The reply parsed as JSON (undefined when empty), read whole only up to the in-memory limit. */
async function readJson(reply, what, limit = _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_MEMORY_DOCUMENT_LIMIT */ .oX) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of reply.body) {
            size += chunk.length;
            if (size > limit)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReplyTooLargeError */ .A(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads into memory`);
            chunks.push(chunk);
        }
    }
    finally {
        reply.body.destroy();
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedReplyError */ ._(`${what}: the reply is not valid JSON (HTTP ${reply.status}, ${size} bytes, starts with "${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .Ui)(text, 40)}")`);
    }
}
/**
 * The whole body as UTF-8, or ReplyTooLargeError past `limit` decoded bytes. A reply that is
 * parsed must not be cut silently: the first 64 KiB of a reply of 256 MiB of spaces read as empty,
 * which an import takes for a successful empty answer.
 */
async function readWholeText(body, limit, what) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += buffer.length;
            if (size > limit)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReplyTooLargeError */ .A(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads of it`);
            chunks.push(buffer);
        }
    }
    finally {
        body.destroy();
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

/***/ 34070:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ describeIdToken),
/* harmony export */   Z4: () => (/* binding */ IdTokenError),
/* harmony export */   e0: () => (/* binding */ idTokenClaims),
/* harmony export */   kn: () => (/* binding */ idTokenSource),
/* harmony export */   ob: () => (/* binding */ askRunner)
/* harmony export */ });
/* unused harmony exports ID_TOKEN_URL_VARIABLE, ID_TOKEN_TOKEN_VARIABLE, ID_TOKEN_PERMISSIONS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(52911);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(58010);



const ID_TOKEN_URL_VARIABLE = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const ID_TOKEN_TOKEN_VARIABLE = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
/** The job cannot get an ID token, or the runner would not give one. */
class IdTokenError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowferryError */ .rm {
}
/** The exact lines a workflow needs; a `permissions:` block replaces every default, hence `contents: read`. */
const ID_TOKEN_PERMISSIONS = ['permissions:', '  id-token: write   # lets the job request a GitHub OIDC ID token', '  contents: read    # what actions/checkout needs, since a permissions block replaces the defaults'];
/**
 * Wraps a front end's way of asking: checks first that the runner offers an ID token (naming the
 * `permissions:` lines when it does not), masks the token the moment it arrives, and turns the
 * runner's refusal into an error that says what to do.
 */
function idTokenSource(ask, env = process.env) {
    return async (audience) => {
        const url = env[ID_TOKEN_URL_VARIABLE]?.trim();
        const requestToken = env[ID_TOKEN_TOKEN_VARIABLE]?.trim();
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(requestToken);
        if (!url || !requestToken) {
            const missing = [!url && ID_TOKEN_URL_VARIABLE, !requestToken && ID_TOKEN_TOKEN_VARIABLE].filter(Boolean).join(' and ');
            throw new IdTokenError(`keyless sign-in needs a GitHub OIDC ID token, but this job may not request one: ${missing} ${missing.includes(' and ') ? 'are' : 'is'} not set. ` +
                'GitHub sets them only for a job granted id-token: write (never for a pull request from a fork, nor outside GitHub Actions).', { hint: `Add to the job (or the workflow):\n${ID_TOKEN_PERMISSIONS.map((line) => `  ${line}`).join('\n')}` });
        }
        let token;
        try {
            token = (await ask(audience)).trim();
        }
        catch (error) {
            if (error instanceof IdTokenError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimedOutError */ .On)
                throw error;
            const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').replace(/^Error message: /, '') : String(error);
            throw new IdTokenError(`the runner did not hand out an ID token${audience ? ` for audience '${audience}'` : ''}: ${reason}`, {
                hint: 'The request token lives only as long as the job; if the job has id-token: write, run it again.',
                cause: error,
            });
        }
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(token);
        if (!idTokenClaims(token))
            throw new IdTokenError('the runner answered the ID token request with something that is not a JWT');
        return token;
    };
}
/** The claims of a JWT, read without checking its signature: for messages and refresh times only, never to trust. */
function idTokenClaims(jwt) {
    const parts = jwt.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The claims a trust configuration is written against, one line: issuer, audience, subject and
 * repository. None of them is secret (GitHub documents every claim); the signature is what is.
 */
function describeIdToken(claims) {
    const show = (value) => (Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
    const exp = typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : undefined;
    return [
        ['iss', show(claims.iss)],
        ['aud', show(claims.aud)],
        ['sub', show(claims.sub)],
        ['repository', show(claims.repository)],
        ['expires', exp],
    ]
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => `${name} ${JSON.stringify(value)}`)
        .join(', ');
}
/**
 * The request `core.getIDToken` makes, for front ends without the toolkit's runner plumbing (the
 * CLI run inside a job): `GET <request url>&audience=<aud>` with the request token as bearer.
 */
function askRunner(log, env = process.env) {
    return async (audience) => {
        const url = new URL(env[ID_TOKEN_URL_VARIABLE].trim());
        if (audience !== undefined)
            url.searchParams.set('audience', audience);
        const http = new _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq({ baseUrl: new URL(url.origin), log, credentials: (0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .headerCredentials */ .sy)('Authorization', `Bearer ${env[ID_TOKEN_TOKEN_VARIABLE].trim()}`) });
        const reply = await http.json({ method: 'GET', path: url.toString(), what: 'request an ID token from the runner', headers: { accept: 'application/json' } }, (value) => value);
        const token = value(reply);
        if (!token)
            throw new Error("the runner's reply has no ID token in `value`");
        return token;
    };
}
function value(reply) {
    if (reply === null || typeof reply !== 'object')
        return undefined;
    const token = reply.value;
    return typeof token === 'string' && token.trim() !== '' ? token : undefined;
}


/***/ }),

/***/ 19033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ tooDeep),
/* harmony export */   Fd: () => (/* binding */ TooDeepError),
/* harmony export */   RV: () => (/* binding */ guardDepth)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36419);


/**
 * How deeply JSON nests, measured without recursion. Every recursive walk of JSON in core (the
 * jsonc-parser tree, canonical JSON, diff, redaction) checks this first, so a document nested past
 * core's limit (core/limits.ts) is refused in words, never with "Maximum call stack size exceeded".
 * Files are refused earlier, naming the file (core/json-text.ts); this is the walks' own guard.
 */
/** Where JSON text first nests deeper than `max` arrays and objects, or undefined. Strings are skipped. */
function tooDeep(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++; // backslash: skip the escaped character
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > max)
                return i;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return undefined;
}
/** Thrown by a walk that meets a value nested past the limit; callers that know the file name it. */
class TooDeepError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowferryError */ .rm {
    constructor(max = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX) {
        super(`a JSON document nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`);
    }
}
/** For recursive walks over parsed values: throws once `depth` passes the limit. */
function guardDepth(depth, max = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX) {
    if (depth > max)
        throw new TooDeepError(max);
}


/***/ }),

/***/ 59656:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ readLeadingFields),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   NR: () => (/* binding */ checkJsonFile),
/* harmony export */   vA: () => (/* binding */ withoutBom),
/* harmony export */   xx: () => (/* binding */ tooLargeToCheck)
/* harmony export */ });
/* unused harmony export readJsonText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(78616);
/* harmony import */ var _json_location_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(25049);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5737);
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(33603);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(36419);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(19130);







/**
 * A JSON file's text for parsing, or undefined when it is larger than JSON_PARSE_LIMIT (core/limits.ts). The file
 * must be a plain file (core/plain-file.ts), in UTF-8 and nested no deeper than core's limit
 * (core/json-text.ts), else a BundleError names it as `shown`. A leading UTF-8 byte order mark is
 * dropped: RFC 8259 §8.1 lets readers ignore it, JSON.parse does not, and platforms that export
 * through Windows tools write one. The file's bytes are not changed.
 */
async function readJsonText(file, shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file)) {
    const bytes = await (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readPlainFileUpTo */ .$p)(file, { shown }, _limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_PARSE_LIMIT */ .jA);
    return bytes === undefined ? undefined : (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonText */ .s$)(bytes, shown);
}
/** JSON text ready for JSON.parse: without the byte order mark a reader may ignore. */
function withoutBom(text) {
    return text.replace(/^\uFEFF/, '');
}
/**
 * The parsed file, or undefined when it is too large to parse or not JSON. A file that is not a
 * plain file, not UTF-8 or nested too deeply is a BundleError naming it, not "not JSON".
 */
async function readJsonFile(file, shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file)) {
    const text = await readJsonText(file, shown);
    if (text === undefined)
        return undefined;
    try {
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}
/** How much of a file too large to parse is read for its leading fields. */
const HEAD_BYTES = 1024 * 1024;
/**
 * The leading fields of a JSON file past JSON_PARSE_LIMIT, from its first megabyte
 * (core/json-walk.ts, leadingFields): where an export records its name, it does among its first
 * fields. Undefined for a file small enough to parse (readJsonFile reads it whole).
 */
async function readLeadingFields(file, shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file)) {
    const { handle, info } = await (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_5__/* .openPlainFile */ .rr)(file, { shown });
    try {
        if (info.size <= BigInt(_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_PARSE_LIMIT */ .jA))
            return undefined;
        const head = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
        return (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_4__/* .leadingFields */ .ek)(withoutBom(head.subarray(0, bytesRead).toString('utf8')));
    }
    finally {
        await handle.close();
    }
}
/** The notice a JSON file too large to parse gets instead of the check (also a file never unpacked for being larger still). */
function tooLargeToCheck(shown, platform) {
    return {
        file: shown,
        severity: 'notice',
        rule: `${platform.rulePrefix}.unchecked`,
        message: `too large to check offline: more than ${_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_PARSE_LIMIT */ .jA} bytes, the most flowferry parses; ${platform.title} checks it on import`,
    };
}
/**
 * The offline check every platform starts with: the file parses, or a finding says where it does
 * not (shown as `shown`, the path the user knows); a file too large to parse gets a notice that the
 * platform checks it on import.
 */
async function checkJsonFile(file, shown, platform) {
    let text;
    try {
        text = await readJsonText(file, shown);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ && error.findings[0])
            return { finding: error.findings[0] };
        throw error;
    }
    if (text === undefined)
        return { finding: tooLargeToCheck(shown, platform) };
    try {
        return { text, document: JSON.parse(text) };
    }
    catch (error) {
        // Only a text JSON.parse refused is walked again, to say where: a valid one is parsed once.
        const syntax = (0,_json_location_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonSyntaxError */ .UQ)(text) ?? { line: 1, col: 1, message: error.message };
        return { finding: { file: shown, line: syntax.line, col: syntax.col, severity: 'error', rule: 'json.syntax', message: `not valid JSON: ${syntax.message}` } };
    }
}


/***/ }),

/***/ 25049:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ locatePaths),
/* harmony export */   R4: () => (/* binding */ locateJsonError),
/* harmony export */   UQ: () => (/* binding */ jsonSyntaxError),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/* unused harmony export locatePath */
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(19033);
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(33603);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(36419);



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
/** Where strict JSON parsing first fails, and why; undefined when the text is valid JSON. */
function jsonSyntaxError(text) {
    // The walk recurses per level: a text nested past core's limit is reported, not walked (core/json-depth.ts).
    const deep = (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_0__/* .tooDeep */ .DI)(text);
    if (deep !== undefined)
        return { ...positionAt(text, deep), message: `nested more than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_JSON_DEPTH */ .KX} levels deep` };
    const error = (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .firstSyntaxError */ .mk)(text);
    return error && { line: error.line, col: error.col, message: error.message };
}
/** Best-effort position of a JSON syntax error, for files JSON.parse rejected. */
function locateJsonError(text) {
    const error = jsonSyntaxError(text);
    return error ? { line: error.line, col: error.col } : {};
}
/**
 * Position of the value at `path` (keys and array indexes), or of the nearest ancestor that
 * exists, so a finding about a missing key still points into the right object.
 */
function locatePath(text, path) {
    return locatePaths(text, [path])[0];
}
/**
 * `locatePath` for many paths of one text, in one walk and with the lines indexed once: a check
 * that reports a finding per task costs the document's length, not that times the findings.
 */
function locatePaths(text, paths) {
    if (paths.length === 0)
        return [];
    const offsets = (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .offsetsOf */ .wM)(text, paths);
    let lineStarts;
    return offsets.map((offset) => {
        if (offset === undefined)
            return undefined;
        lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, col: offset - lineStarts[low] + 1 };
    });
}


/***/ }),

/***/ 5737:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ textError),
/* harmony export */   QR: () => (/* binding */ assertDepth),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   hE: () => (/* binding */ depthProblem),
/* harmony export */   op: () => (/* binding */ jsonTextOrProblem),
/* harmony export */   s$: () => (/* binding */ jsonText)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74296);
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(19033);
/* harmony import */ var _json_location_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(25049);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(36419);





/**
 * JSON text from a file's bytes, checked before anything parses or walks it: valid UTF-8 (RFC 8259
 * §8.1: "JSON text exchanged between systems that are not part of a closed ecosystem MUST be
 * encoded using UTF-8"), a leading byte order mark allowed and dropped, and nesting no deeper than
 * MAX_JSON_DEPTH, so no recursive walk (parser, canonical form, diff, redaction) runs out of stack.
 * https://www.rfc-editor.org/rfc/rfc8259#section-8.1
 */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** The bytes as text, or why they are not UTF-8 (naming the first bad byte's offset in the file). */
function decodeUtf8(bytes) {
    const bom = bytes.subarray(0, 3).equals(BOM) ? 3 : 0;
    const body = bytes.subarray(bom);
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(body))
        return { text: body.toString('utf8') };
    if (bom === 0 && (bytes[0] === 0xff || bytes[0] === 0xfe) && (bytes[1] === 0xfe || bytes[1] === 0xff)) {
        return { problem: { rule: 'json.encoding', message: 'is UTF-16 (it starts with a UTF-16 byte order mark); only UTF-8 is accepted', line: 1, col: 1 } };
    }
    const offset = bom + firstInvalidUtf8(body);
    const before = bytes.subarray(bom, offset).toString('utf8');
    return {
        problem: { rule: 'json.encoding', message: `is not valid UTF-8: byte ${offset} (0x${bytes[offset].toString(16).padStart(2, '0')}) starts no UTF-8 character`, ...(0,_json_location_js__WEBPACK_IMPORTED_MODULE_3__/* .positionAt */ .t$)(before, before.length) },
    };
}
/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode 15, table 3-7). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need = 0;
        let low = 0x80;
        let high = 0xbf;
        if (b < 0x80)
            need = 0;
        else if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                low = 0xa0;
            if (b === 0xed)
                high = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                low = 0x90;
            if (b === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf))
                return i;
        }
        i += need + 1;
    }
    return bytes.length;
}
/** The depth problem of a JSON text, located, or undefined. */
function depthProblem(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX) {
    const at = (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .tooDeep */ .DI)(text, max);
    if (at === undefined)
        return undefined;
    return { rule: 'json.depth', message: `nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`, ...(0,_json_location_js__WEBPACK_IMPORTED_MODULE_3__/* .positionAt */ .t$)(text, at) };
}
/** A file's bytes as checked JSON text, or the problem with them. */
function jsonTextOrProblem(bytes, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX) {
    const decoded = decodeUtf8(bytes);
    if ('problem' in decoded)
        return decoded;
    const problem = depthProblem(decoded.text, max);
    return problem ? { problem } : decoded;
}
const HINTS = {
    'json.encoding': 'Save the file as UTF-8 (with or without a byte order mark).',
    'json.depth': 'Flatten the document; no workflow export nests anywhere near this deep.',
};
/** The problem as a BundleError naming the file (as the user knows it) and what to do. */
function textError(file, problem) {
    return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ.at({ file, line: problem.line, col: problem.col }, problem.rule, problem.message, HINTS[problem.rule]);
}
/** Checked JSON text of a file's bytes; a BundleError naming `file` otherwise. */
function jsonText(bytes, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX) {
    const result = jsonTextOrProblem(bytes, max);
    if ('problem' in result)
        throw textError(file, result.problem);
    return result.text;
}
/** Throws a BundleError naming `file` when a text already in memory nests too deeply. */
function assertDepth(text, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX) {
    const problem = depthProblem(text, max);
    if (problem)
        throw textError(file, problem);
}


/***/ }),

/***/ 33603:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ek: () => (/* binding */ leadingFields),
/* harmony export */   fw: () => (/* binding */ visitStringValues),
/* harmony export */   mk: () => (/* binding */ firstSyntaxError),
/* harmony export */   rq: () => (/* binding */ pointerOf),
/* harmony export */   wM: () => (/* binding */ offsetsOf)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(19033);


/**
 * Walks over JSON text that build no tree. jsonc-parser's `visit` reports each token with its
 * offset as it scans, and keeps nothing; a syntax tree of the same text (`parseTree`) holds an
 * object per value, about ten times the text in memory, which is what a 32 MiB document made
 * 1.4 GiB of. So these walks only run where offsets are needed: to place a syntax error JSON.parse
 * found, to place findings, and to edit string values where the bytes around them must stay.
 * https://github.com/microsoft/node-jsonc-parser#api
 */
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
/** Stops a visit early: thrown from a callback and caught by the walk that threw it. */
const STOP = Symbol('stop');
/** Where strict JSON parsing first fails, and why; undefined when the text is JSON. */
function firstSyntaxError(text) {
    // visit recurses per nesting level: a text nested past core's limit is refused before it.
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeep */ .DI)(text) !== undefined)
        throw new _json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .TooDeepError */ .Fd();
    let found;
    try {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onError(error, offset, _length, line, character) {
                found = { offset, line: line + 1, col: character + 1, message: describeCode((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(error)) };
                throw STOP;
            },
        }, STRICT);
    }
    catch (error) {
        if (error !== STOP)
            throw error;
    }
    return found;
}
/**
 * Every string value (not key) of a JSON text, in text order. `wanted` says, from the value's
 * own key (a property name, or an array index), whether the value's path is needed: the path is
 * built only then, so a walk over a million values that wants a handful allocates a handful.
 * Returns false when the text is not JSON (the walk then stops at the first error).
 */
function visitStringValues(text, onString, wanted) {
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeep */ .DI)(text) !== undefined)
        throw new _json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .TooDeepError */ .Fd();
    // Whether each open container is an object, and the last property name seen in it.
    const inObject = [];
    let property = '';
    let valid = true;
    try {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onObjectBegin: () => void inObject.push(true),
            onObjectEnd: () => void inObject.pop(),
            onArrayBegin: () => void inObject.push(false),
            onArrayEnd: () => void inObject.pop(),
            onObjectProperty: (name) => void (property = name),
            onLiteralValue(value, offset, length, line, character, pathSupplier) {
                if (typeof value !== 'string')
                    return;
                let path;
                const pathOf = () => (path ??= pathSupplier());
                if (wanted) {
                    const parentIsObject = inObject.at(-1);
                    const key = parentIsObject === undefined ? undefined : parentIsObject ? property : pathOf().at(-1);
                    if (key !== undefined && !wanted(key))
                        return;
                }
                onString({ value, offset, length, line: line + 1, col: character + 1 }, pathOf);
            },
            onError() {
                valid = false;
                throw STOP;
            },
        }, STRICT);
    }
    catch (error) {
        if (error !== STOP)
            throw error;
    }
    return valid;
}
/**
 * Offsets of the values at `paths` (or of their nearest existing ancestor), in one pass: a
 * property's offset is its key's, so a finding points at the line that names it.
 */
function offsetsOf(text, paths) {
    const pointers = paths.map(pointerOf);
    const wanted = new Set();
    for (const path of paths)
        for (let depth = 0; depth <= path.length; depth++)
            wanted.add(pointerOf(path.slice(0, depth)));
    const found = new Map();
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeep */ .DI)(text) !== undefined)
        return paths.map(() => undefined);
    const note = (path, offset) => {
        const pointer = pointerOf(path);
        if (wanted.has(pointer) && !found.has(pointer))
            found.set(pointer, offset);
    };
    // Values inside an array are placed by their own offset; properties by their key's.
    const inArray = [];
    const element = (offset, pathSupplier) => {
        if (inArray.at(-1) !== false)
            note(pathSupplier(), offset);
    };
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
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
        onObjectProperty: (name, offset, _length, _line, _character, pathSupplier) => note([...pathSupplier(), name], offset),
    }, { disallowComments: true });
    return pointers.map((_pointer, i) => {
        const path = paths[i];
        for (let depth = path.length; depth >= 0; depth--) {
            const offset = found.get(pointerOf(path.slice(0, depth)));
            if (offset !== undefined)
                return offset;
        }
        return undefined;
    });
}
/**
 * The leading fields of a JSON text that may be cut short (the head of a file too large to parse):
 * its scalar values down to `maxDepth` levels (the root's own fields, and those of the objects it
 * holds), as a skeleton of the document, up to where the text ends or stops being JSON. Enough to
 * read a name or a version an export records among its first fields, without the rest. Objects
 * have no prototype and `__proto__` is skipped: the text is untrusted.
 */
function leadingFields(text, maxDepth = 3) {
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeep */ .DI)(text) !== undefined)
        return undefined;
    let root;
    const container = (next) => (typeof next === 'number' ? [] : Object.create(null));
    const put = (path, value) => {
        root ??= container(path[0]);
        let node = root;
        for (let i = 0; i < path.length - 1; i++) {
            const next = (node[path[i]] ??= container(path[i + 1]));
            if (next === null || typeof next !== 'object')
                return;
            node = next;
        }
        node[path.at(-1)] = value;
    };
    try {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onLiteralValue(value, _offset, _length, _line, _character, pathSupplier) {
                const path = pathSupplier();
                if (path.length === 0 || path.length > maxDepth || path.includes('__proto__'))
                    return;
                put(path, value);
            },
            onError() {
                throw STOP;
            },
        }, STRICT);
    }
    catch (error) {
        if (error !== STOP)
            throw error;
    }
    return root;
}
/** RFC 6901 pointer of a path: `/env/3/value`. https://www.rfc-editor.org/rfc/rfc6901 */
function pointerOf(path) {
    return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
function describeCode(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ }),

/***/ 36419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ OUTPUT_JSON_BUDGET_BYTES),
/* harmony export */   C5: () => (/* binding */ MAX_VARS_DEPTH),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Lo: () => (/* binding */ MAX_VARS_FILE_BYTES),
/* harmony export */   PR: () => (/* binding */ MAX_PATH_BYTES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   Zz: () => (/* binding */ MAX_MANIFEST_FILES),
/* harmony export */   jA: () => (/* binding */ JSON_PARSE_LIMIT),
/* harmony export */   oX: () => (/* binding */ IN_MEMORY_DOCUMENT_LIMIT),
/* harmony export */   pg: () => (/* binding */ MAX_NAME_BYTES)
/* harmony export */ });
/* unused harmony export SUMMARY_BUDGET_BYTES */
/**
 * Every limit on what a bundle or a vars file may hold, in one place. A bundle can come from a
 * pull request nobody on the team wrote, so each count, size and depth that flowferry walks has a
 * ceiling, and passing it is a clear error naming the file, never a crash or a flood of output.
 */
/**
 * The largest JSON file flowferry parses (JSON.parse): for the offline checks, canonical JSON,
 * redaction, the semantic diff, a name or version read from an export. A parsed document costs
 * several times its size (an object per value, beside the text it came from): measured through
 * the action, a 2 MiB workflow of many small nodes added 40 MB to an export's peak, 8 MiB 90 MB,
 * and the action itself and the artifact client take 125 MB before any document
 * (docs/performance.md, Memory). A workflow is built by hand in a visual editor, and the largest
 * ones are hundreds of nodes: a few hundred kilobytes exported; 4 MiB is some 12,000 nodes of the
 * usual fields, ten times past any real workflow, and keeps the step under its 150 MB budget.
 * A larger JSON file is not refused, it is handled as an opaque one, streamed and never held:
 * `validate` says it was not checked offline (the platform checks it on import), and an export
 * keeps its bytes as downloaded (not canonicalised, and not searched for secrets, which the step
 * warns about).
 */
const JSON_PARSE_LIMIT = 4 * 1024 * 1024;
/**
 * The largest document flowferry reads whole without parsing it into values: a bundle file
 * searched for placeholders to fill (a walk of the text, core/json-walk.ts), a platform's reply.
 * Bigger files are streamed through as they are: a 1 GiB package must not need 1 GiB of memory.
 * It is also the largest document sent in one Zuora import (streamed past the parse limit).
 */
const IN_MEMORY_DOCUMENT_LIMIT = 64 * 1024 * 1024;
/**
 * Files one manifest may list. The platforms' bundles hold one file (Zuora, SecMaster, Leapwork)
 * or three (Kore.ai); 1,000 leaves room for any future platform with a file per item, while
 * keeping the log line and the `files`/`result` outputs, which list every file, well under the
 * 1 MB GitHub allows a job's outputs (a manifest of 600,000 entries made a 115 MB output):
 * https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idoutputs
 */
const MAX_MANIFEST_FILES = 1_000;
/**
 * Size of flowferry.json. A manifest of MAX_MANIFEST_FILES entries at the longest path allowed is
 * about 1.2 MB; 4 MiB is that with room for the placeholders list, and it is read whole.
 */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * A path inside a bundle or an archive: 1,024 bytes in all and 255 bytes per name, the limits of
 * the usual file systems (ext4, APFS and NTFS take 255 per name; macOS's PATH_MAX is 1,024), so a
 * bundle that validates on Linux also unpacks on a developer's Mac.
 */
const MAX_PATH_BYTES = 1_024;
const MAX_NAME_BYTES = 255;
/**
 * How deeply JSON arrays and objects may nest in a bundle file. Parsing, canonical JSON, diff,
 * redaction and placeholder filling walk documents recursively, and 200,000 nested `[` ran them
 * out of stack ("Maximum call stack size exceeded"). Workflow exports nest a few dozen levels;
 * 512 is far above that and far below where any of those walks comes near the stack limit.
 * (Jackson, the JVM's JSON parser, stops at 1,000 by default; .NET's at 64.)
 */
const MAX_JSON_DEPTH = 512;
/**
 * The vars file: names and values for placeholders, written by hand. 1 MiB holds thousands of
 * values; its flow collections (`[…]`, `{…}`) nest at most 64 deep, because values are plain
 * values or small objects and the YAML parser recurses more per level than JSON's walks (it runs
 * out of stack near 800 levels).
 */
const MAX_VARS_FILE_BYTES = 1024 * 1024;
const MAX_VARS_DEPTH = 64;
/**
 * What one run writes to the runner, whatever a batch of 1,000 bundles with long messages holds.
 * GitHub takes at most 1 MB per output (jobs.<job_id>.outputs, link above) and at most 1 MiB of
 * job summary per step, beyond which the summary is not shown at all:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 * The JSON outputs keep half of that each; the summary keeps room for the note that it was cut.
 */
const OUTPUT_JSON_BUDGET_BYTES = 512 * 1024;
const SUMMARY_BUDGET_BYTES = (/* unused pure expression or super */ null && (900 * 1024));


/***/ }),

/***/ 3782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isLoopback)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);

/**
 * This machine, by a name no resolver or proxy can point elsewhere: an IPv4 literal in
 * 127.0.0.0/8 (RFC 1122 §3.2.1.3), the IPv6 loopback ::1 (RFC 4291 §2.5.3), or `localhost`
 * (RFC 6761 §6.3). Names that merely begin with "127." (127.evil.example, 127.0.0.1.nip.io)
 * are ordinary DNS names. The WHATWG URL parser has already turned 127.1, 0x7f.0.0.1 and
 * the like into dotted-quad form, and puts IPv6 in brackets.
 */
function isLoopback(hostname) {
    if (hostname === 'localhost' || hostname === '[::1]' || hostname === '::1')
        return true;
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(hostname) && hostname.split('.')[0] === '127';
}


/***/ }),

/***/ 11360:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FS: () => (/* binding */ releaseGarbage),
/* harmony export */   IB: () => (/* binding */ streamed),
/* harmony export */   SN: () => (/* binding */ countingStage),
/* harmony export */   oD: () => (/* binding */ readWhole)
/* harmony export */ });
/* unused harmony export releasingWhile */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Streaming a large file allocates a fresh buffer for every chunk a socket or file stream reads.
 * They die at once, but V8 frees them only when a young-generation collection runs, and with
 * little JavaScript allocation going on that happens late: peak RSS climbed ~60 MiB above the
 * working set on a 1 GiB transfer (docs/performance.md). A runner cannot pass `--max-semi-space-size`
 * to an action, so streamed bytes are counted here and a minor collection is asked for every
 * RELEASE_EVERY bytes, which keeps the peak flat whatever the file size. It costs well under a
 * millisecond per collection.
 *
 * 8 MiB, not 16: with 16 MiB of dead buffers between two collections, V8 also ran a full
 * mark-compact after nearly every one (`node --trace-gc`, a 512 MiB Leapwork download: 32–36
 * mark-compacts, 220–300 ms of pauses on the thread that reads the reply, and marking work beside
 * them); at 8 MiB it ran one in the whole download, the minor collections took 110–270 ms in all,
 * and the peak RSS of the export fell from 120 MB to 112 MB. (On a loaded machine, a 100 MiB
 * package's export without the artifact peaked at 91–95 MB at 4 MiB, 112–114 MB at 16.
 * `--semi-space-growth-factor`, which V8 does read after start, kept the young
 * generation small during the artifact upload but made a 1 GiB export peak higher, not lower:
 * its chunks were moved to the old generation sooner.)
 */
const RELEASE_EVERY = 8 * 1024 * 1024;
let collect;
let pending = 0;
function collector() {
    if (collect === undefined) {
        try {
            // --expose-gc takes effect for contexts created after it is set; the function works in any context.
            // node:v8 and node:vm are taken here, at the first collection, not as this module loads: every
            // run loads it before its first request, and node:v8 alone costs about 2 ms of start-up.
            process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc');
            collect = process.getBuiltinModule('node:vm').runInNewContext('gc') ?? null;
        }
        catch {
            collect = null;
        }
    }
    return collect;
}
/**
 * A chunk that waits in a stream's buffer while two young-generation collections run is moved to
 * the old generation, and a young collection no longer frees it: only a full one does. V8 starts
 * a full collection on its own only once memory held outside its heap (buffers) has grown by some
 * 64 MiB since the last one, so a transfer whose chunks queue for a moment (the artifact client's
 * 8 MiB stream buffers, a batch of a download waiting for the disk) kept up to that much dead
 * buffers: a 1 GiB export with the artifact upload peaked at 160–195 MB, its buffers alone at
 * 60–85 MiB when what was alive was under 30. So a full collection runs instead of a young one
 * when the buffers have grown by PROMOTED_SLACK since the last full collection left them: the
 * dead ones then never pass that mark, however long the transfer. A full collection of the
 * action's heap (20–30 MB) takes a few milliseconds, at most once per PROMOTED_SLACK streamed.
 * https://v8.dev/blog/trash-talk (generations, and what each collection frees)
 */
const PROMOTED_SLACK = 16 * 1024 * 1024;
/** Bytes held in buffers after the last full collection (what was alive then). */
let buffersAfterFull = 0;
/** Bytes held in buffers after the last collection of any kind. */
let buffersAfterAny = 0;
function collectStreamed() {
    const collect = collector();
    if (!collect)
        return;
    const full = process.memoryUsage().arrayBuffers - buffersAfterFull >= PROMOTED_SLACK;
    collect({ type: full ? 'major' : 'minor', execution: 'sync' });
    buffersAfterAny = process.memoryUsage().arrayBuffers;
    if (full)
        buffersAfterFull = buffersAfterAny;
}
/** Bytes streamed since the last full collection between stages: a transfer's buffers count as a stage's memory. */
let streamedSinceRelease = 0;
/** Notes that `bytes` of short-lived buffers were streamed through. */
function streamed(bytes) {
    pending += bytes;
    streamedSinceRelease += bytes;
    if (pending < RELEASE_EVERY)
        return;
    pending = 0;
    collectStreamed();
}
/**
 * Files read whole (to be parsed) since the last full collection, bytes; a collection is worth
 * its time only after RELEASE_AFTER of them, so a run over small documents never pays for one.
 */
const RELEASE_AFTER = 512 * 1024;
let wholeSinceRelease = 0;
/** Notes that a file of `bytes` was read whole: its text, and the document parsed from it, become garbage later. */
function readWhole(bytes) {
    wholeSinceRelease += bytes;
}
/**
 * A full collection between two stages of a run that each need memory of their own (the
 * documents the checks parsed, then the upload; a download parsed for its name, then the bundle
 * written from it; the bundle's documents, or a large download, then the artifact client and its
 * buffers), when a large document was read or a large file streamed since the last one. V8 lets
 * the heap grow well past what is alive before it collects on its own, and the process keeps the
 * pages it grew into, so without this the peak is the sum of the stages rather than the largest
 * of them. Measured through the action (docs/performance.md, Memory): the export of an 8 MiB
 * Zuora workflow peaked at 196 MB before, 162 MB after; its import at 170 MB, then 131 MB. The
 * export of a 100 MiB package left 30–45 MB of dead download buffers and a grown young
 * generation to the artifact upload; this collection hands them back first. Milliseconds, after
 * megabytes of parsing or streaming.
 */
function releaseGarbage() {
    if (wholeSinceRelease < RELEASE_AFTER && streamedSinceRelease < RELEASE_EVERY)
        return;
    wholeSinceRelease = 0;
    streamedSinceRelease = 0;
    pending = 0;
    collector()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    buffersAfterFull = buffersAfterAny = process.memoryUsage().arrayBuffers;
}
/**
 * Runs `work` (a transfer through a library's own streams, which flowferry cannot count: the
 * artifact client's) and collects as `streamed` does for flowferry's own streams, its buffers
 * standing for the bytes: every `everyMs` the memory held in buffers is read (a few
 * microseconds), and once it has grown by UPLOAD_STEP since the last collection, one runs
 * (collectStreamed: young, or full when dead chunks left the young generation). A fixed period
 * missed bursts: a 100 ms one let 20–30 MiB of dead buffers pile up between two collections when
 * the client's streams drained fast. A 256 MiB artifact upload with no collection climbed 75 MiB.
 */
const UPLOAD_STEP = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
async function releasingWhile(work, everyMs = 20) {
    buffersAfterAny = process.memoryUsage().arrayBuffers;
    buffersAfterFull = Math.min(buffersAfterFull, buffersAfterAny);
    const timer = setInterval(() => {
        if (process.memoryUsage().arrayBuffers - buffersAfterAny >= UPLOAD_STEP)
            collectStreamed();
    }, everyMs);
    timer.unref();
    try {
        return await work();
    }
    finally {
        clearInterval(timer);
    }
}
/**
 * A pass-through stage that counts the chunks flowing through it (a 'data' listener would start
 * the flow early), and feeds them to `hash` when given one.
 */
function countingStage(hash) {
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, done) {
            streamed(chunk.length);
            hash?.update(chunk);
            done(null, chunk);
        },
    });
}


/***/ }),

/***/ 22483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ locateInPackage),
/* harmony export */   Fk: () => (/* binding */ sameNames),
/* harmony export */   Jy: () => (/* binding */ unsafeManifestPath),
/* harmony export */   _y: () => (/* binding */ fileFolderClashes),
/* harmony export */   gj: () => (/* binding */ unsafeName)
/* harmony export */ });
/* unused harmony export nameKey */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(36419);

/**
 * The names a bundle or an archive may give its files: manifest paths and zip entry names obey
 * the same rules, and two names that one file system would take for the same file are the same
 * name here. Both come from outside (a pull request, a platform's export), so a name is checked
 * before anything is written or read under it.
 */
/** C0 and C1 control characters and DEL: invisible in logs, and a line break forges a log line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Why a `/`-separated relative name must not be used, or undefined when it is safe. */
function unsafeName(name) {
    if (name === '')
        return 'empty name';
    const control = CONTROL.exec(name);
    if (control)
        return `the name contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
    if (name.includes('\\'))
        return 'backslashes are not accepted in names; use /';
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'absolute paths are not accepted';
    if (name.split('/').includes('..'))
        return '".." would write outside the destination';
    if (/[\uD800-\uDFFF]/u.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
        return 'the name is not valid Unicode';
    if (Buffer.byteLength(name) > _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PATH_BYTES */ .PR)
        return `the name is ${Buffer.byteLength(name)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PATH_BYTES */ .PR} are accepted`;
    const long = name.split('/').find((segment) => Buffer.byteLength(segment) > _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME_BYTES */ .pg);
    if (long !== undefined)
        return `a part of the name is ${Buffer.byteLength(long)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME_BYTES */ .pg} are accepted per file or folder name`;
    return undefined;
}
/**
 * A manifest path: a safe name written plainly, `folder/file.json`, without `./`, `//` or a
 * trailing `/`, so the path the manifest shows is the path of the file it checks.
 */
function unsafeManifestPath(name) {
    const unsafe = unsafeName(name);
    if (unsafe)
        return unsafe;
    if (name.split('/').some((segment) => segment === '' || segment === '.'))
        return 'write the path plainly, as folder/file.json (no "./", "//" or trailing "/")';
    return undefined;
}
/**
 * What a name is compared by: Unicode NFC (macOS and Windows treat the composed and decomposed
 * spellings of "é" as one name), without case (they ignore it too), without `.` and empty parts.
 * https://unicode.org/reports/tr15/ , https://learn.microsoft.com/windows/win32/fileio/naming-a-file
 */
function nameKey(name) {
    return name
        .normalize('NFC')
        .toLowerCase()
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
/** Each pair of names that stand for the same file (by `nameKey`), the first spelling first. */
function sameNames(names) {
    const first = new Map();
    const pairs = [];
    for (const name of names) {
        const key = nameKey(name);
        const earlier = first.get(key);
        if (earlier === undefined)
            first.set(key, name);
        else
            pairs.push([earlier, name]);
    }
    return pairs;
}
/** Names with a file where another puts a folder (`a` and `a/b.json`): no file system holds both. */
function fileFolderClashes(files) {
    const byKey = new Map(files.map((name) => [nameKey(name), name]));
    const clashes = [];
    for (const name of files) {
        const parts = nameKey(name).split('/');
        for (let i = 1; i < parts.length; i++) {
            const parent = byKey.get(parts.slice(0, i).join('/'));
            if (parent !== undefined)
                clashes.push([parent, name]);
        }
    }
    return clashes;
}
/**
 * Where a package's files are, when a platform's export puts them in a folder of its choosing:
 * the folder of the shallowest `anchor` entry, and every other file from that same folder only.
 * A file of the same name in a subfolder is never taken instead; two anchors at the same depth
 * are ambiguous and refused by the caller.
 */
function locateInPackage(names, anchor) {
    const depth = (name) => name.split('/').length;
    const anchors = names.filter((name) => baseName(name) === anchor).sort((a, b) => depth(a) - depth(b));
    if (anchors.length === 0)
        return undefined;
    if (anchors.length > 1 && depth(anchors[0]) === depth(anchors[1]))
        return { ambiguous: [anchors[0], anchors[1]] };
    const folder = anchors[0].slice(0, anchors[0].length - anchor.length);
    return { folder, pick: (file) => names.find((name) => name === folder + file) };
}
function baseName(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 56107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   HN: () => (/* binding */ confineInput),
/* harmony export */   KT: () => (/* binding */ confineExisting),
/* harmony export */   Ut: () => (/* binding */ realDirectory),
/* harmony export */   cO: () => (/* binding */ exportTarget),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   od: () => (/* binding */ confineInBundle)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(36419);
/* harmony import */ var _phrasing_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(31677);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(19130);





/**
 * One confinement rule for every path flowferry reads or writes: it resolves — realpath, every
 * symbolic link on the way followed — inside the workspace (GITHUB_WORKSPACE, else the current
 * directory), and a bundle's files resolve inside the bundle, each to exactly itself. A pull
 * request can put a link in a bundle, and `path: ../..` in a step; neither may reach the rest of
 * the runner, to be read and uploaded or to be written over.
 */
/** The workspace as the runner names it (GITHUB_WORKSPACE), else the current directory (the CLI). */
function workspaceRoot() {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
}
/** Whether `child` is `parent` or beneath it (both absolute and normalised). */
function isInside(child, parent) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/** The workspace's real path: on macOS a temporary workspace under /tmp is really under /private/tmp. */
async function realRoot() {
    const root = workspaceRoot();
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    }
    catch {
        return root;
    }
}
const OUTSIDE_HINT = 'Keep bundles, vars files and export directories inside the workspace (the repository checkout), and name them relative to it.';
function outside(subject, what) {
    return (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.outside', `${what} outside the workspace (${workspaceRoot()}); flowferry reads and writes only inside it`, OUTSIDE_HINT);
}
/**
 * An input naming something to read (`path` for import, validate and diff; `vars-file`): the
 * absolute path, after checking that it resolves inside the workspace. A path that does not exist
 * is returned as it is, for the caller to say so in its own words.
 */
async function confineInput(text, input) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspaceRoot(), text);
    await confineExisting(absolute, { shown: text, input });
    return absolute;
}
/** Refuses an existing path whose real path is outside the workspace. */
async function confineExisting(absolute, subject) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute);
    }
    catch {
        return;
    }
    if (!isInside(real, await realRoot())) {
        throw outside(subject, real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absolute) ? 'is' : 'resolves (through a symbolic link) to a place');
    }
}
/**
 * A directory an export writes (`path` for export and wait, a backup's directory): inside the
 * workspace and not the workspace itself, not a symbolic link, and reached through no link that
 * leads out of it. Checked before anything is created, so `path: ../../x` creates nothing.
 */
async function exportTarget(text, input) {
    const root = workspaceRoot();
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, text);
    const subject = input === undefined ? { shown: text } : { shown: text, input };
    if (!isInside(absolute, root))
        throw outside(subject, 'is');
    if (absolute === root) {
        const example = input === undefined ? 'flowferry-export' : (0,_phrasing_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(input, 'flowferry-export');
        throw (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.outside', 'is the workspace itself; export replaces the directory it writes', `Name a directory inside the workspace, e.g. ${example}.`);
    }
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    const long = parts.find((part) => Buffer.byteLength(part) > _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NAME_BYTES */ .pg);
    if (long !== undefined || Buffer.byteLength(parts.join('/')) > _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_PATH_BYTES */ .PR) {
        throw (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.name', `is too long to create: at most ${_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NAME_BYTES */ .pg} bytes per folder name and ${_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_PATH_BYTES */ .PR} in all`, 'Name a shorter directory.');
    }
    const realWorkspace = await realRoot();
    for (let i = 1; i <= parts.length; i++) {
        const prefix = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...parts.slice(0, i));
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(prefix).catch(() => undefined);
        if (!info)
            break;
        const last = i === parts.length;
        if (info.isSymbolicLink()) {
            if (last)
                throw (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.link', 'is a symbolic link; export writes a directory of its own there', 'Remove the link, or name another directory.');
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(prefix).catch(() => undefined);
            if (real === undefined || !isInside(real, realWorkspace))
                throw outside(subject, `goes through ${parts.slice(0, i).join('/')}, a symbolic link to a place`);
        }
        else if (!last && !info.isDirectory()) {
            throw (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.type', `cannot be created: ${parts.slice(0, i).join('/')} is a file, not a directory`, 'Name a directory whose parents are directories.');
        }
    }
    return absolute;
}
/**
 * A file of a bundle, `relative` (a checked manifest path) under the bundle's real directory: it
 * must resolve to exactly that path, so no folder on its way is a link (to elsewhere, or to
 * another part of the bundle), and no other spelling of the name (case, Unicode form) stands in.
 */
async function confineInBundle(realDir, relative, subject) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realDir, ...relative.split('/'));
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
    }
    catch {
        return file;
    }
    if (real !== file) {
        throw isInside(real, realDir)
            ? (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.link', `is reached through a symbolic link or under another spelling (it is ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realDir, real).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')})`, 'List each file under its own name, with no linked folder on the way.')
            : (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.outside', 'resolves (through a symbolic link) outside the bundle', 'Put the files themselves in the bundle, not links to them.');
    }
    return file;
}
/** A bundle directory's real path, which its files are confined to. */
async function realDirectory(dir) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir));
}


/***/ }),

/***/ 31677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ phrase),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   Yl: () => (/* binding */ renderAll),
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16082);

const OPEN = '\uE000';
const SEP = '\uE001';
const CLOSE = '\uE002';
// Drawn at the first mention, not as the module loads (core/crypto.ts).
let drawn;
function marks() {
    if (drawn)
        return drawn;
    const nonce = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .randomBytes */ .po)(6).toString('hex');
    return (drawn = { nonce, mention: new RegExp(`${OPEN}${nonce}${SEP}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g') });
}
function mark(kind, ...args) {
    const clean = args.map((arg) => arg.replace(/[\uE000-\uE002]/g, ''));
    return `${OPEN}${marks().nonce}${SEP}${[kind, ...clean].join(SEP)}${CLOSE}`;
}
/** A mention of the input `name`. */
function input(name) {
    return mark('input', name);
}
/** The input `name` as the subject of an error message. */
function subject(name) {
    return mark('subject', name);
}
/** The input `name` set to `value`; for a credential, the front end shows where it belongs instead of a value. */
function setting(name, value) {
    return mark('setting', name, value);
}
function phrase(key) {
    return mark('phrase', key);
}
/** The text with every mention rendered by `phrasing`. Text without mentions comes back unchanged. */
function render(text, phrasing) {
    if (!text.includes(OPEN))
        return text;
    return text.replace(marks().mention, (whole, body) => {
        const [kind, a = '', b = ''] = body.split(SEP);
        if (kind === 'input')
            return phrasing.input(a);
        if (kind === 'subject')
            return phrasing.subject(a);
        if (kind === 'setting')
            return phrasing.setting(a, b);
        if (kind === 'phrase')
            return phrasing.phrase(a);
        return whole;
    });
}
/** A copy of `value` (plain data: objects, arrays, strings) with every string rendered. */
function renderAll(value, phrasing) {
    if (typeof value === 'string')
        return render(value, phrasing);
    if (Array.isArray(value))
        return value.map((item) => renderAll(item, phrasing));
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderAll(item, phrasing)]));
    }
    return value;
}


/***/ }),

/***/ 19130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readPlainFileUpTo),
/* harmony export */   C3: () => (/* binding */ assertUploadable),
/* harmony export */   TR: () => (/* binding */ refuse),
/* harmony export */   b$: () => (/* binding */ readPlainFile),
/* harmony export */   bh: () => (/* binding */ rememberWritten),
/* harmony export */   kY: () => (/* binding */ remember),
/* harmony export */   lN: () => (/* binding */ checkPlainFile),
/* harmony export */   p2: () => (/* binding */ digestPlainFile),
/* harmony export */   q2: () => (/* binding */ plainFileContains),
/* harmony export */   r7: () => (/* binding */ plainFileStream),
/* harmony export */   rr: () => (/* binding */ openPlainFile),
/* harmony export */   yp: () => (/* binding */ copyPlainFile)
/* harmony export */ });
/* unused harmony export kindProblem */
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16082);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(74296);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(78616);
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(11360);







const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
const HINTS = {
    'path.link': 'Put the file itself there, not a symbolic link to it (in git: commit the file, not a link).',
    'path.hardlink': 'Give the file a name of its own: copy it and move the copy over it (cp f f.copy && mv f.copy f).',
    'path.type': 'Point at a regular file.',
    'path.directory': 'Point at a file; a folder is not a file.',
    'path.missing': 'Check the spelling and that the file is committed.',
    'path.changed': 'Run the step again; if it keeps happening, something on the runner changes the bundle while flowferry reads it.',
};
/** A refusal naming the file as the user knows it, with what to do about it. */
function refuse(subject, rule, message, hint = HINTS[rule]) {
    if (subject.input !== undefined)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(subject.input, `'${subject.shown}' ${message}`).withHint(hint);
    return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ.at({ file: subject.shown }, rule, message, hint);
}
/** Why a file of this kind must not be read, with the rule it breaks; undefined for a plain file. */
function kindProblem(info) {
    if (info.isSymbolicLink())
        return { rule: 'path.link', message: 'is a symbolic link; flowferry reads only the files themselves' };
    if (info.isDirectory())
        return { rule: 'path.directory', message: 'is a directory, where a file is expected' };
    if (info.isFIFO())
        return { rule: 'path.type', message: 'is a named pipe (FIFO), not a regular file' };
    if (info.isSocket())
        return { rule: 'path.type', message: 'is a socket, not a regular file' };
    if (info.isCharacterDevice() || info.isBlockDevice())
        return { rule: 'path.type', message: 'is a device, not a regular file' };
    if (!info.isFile())
        return { rule: 'path.type', message: 'is not a regular file' };
    if (info.nlink > 1)
        return { rule: 'path.hardlink', message: `has ${info.nlink} hard links; a file with other names can be changed through them` };
    return undefined;
}
/** The path-level check (lstat): a plain file, or a refusal. Opening still checks the descriptor. */
async function checkPlainFile(file, subject) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file, { bigint: true });
    }
    catch (error) {
        throw openFailure(error, subject);
    }
    const problem = kindProblem(info);
    if (problem)
        throw refuse(subject, problem.rule, problem.message);
    return info;
}
/** Identities (device, inode, size) of files whose checksum was taken, by absolute path. */
const verified = new Map();
/** Records that `file` is the file whose checksum was just taken from this descriptor's stats. */
function remember(file, info) {
    verified.set(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file), { dev: info.dev, ino: info.ino, size: info.size });
}
/** Why the opened file must not be read, checking its descriptor's stats; undefined when it may. */
function descriptorProblem(file, info, size, fresh = false) {
    const problem = kindProblem(info);
    if (problem)
        return problem;
    const known = fresh ? undefined : verified.get(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file));
    if (known && (known.dev !== info.dev || known.ino !== info.ino || known.size !== info.size)) {
        return { rule: 'path.changed', message: 'was replaced or changed after its checksum was verified' };
    }
    if (size !== undefined && BigInt(size) !== info.size)
        return { rule: 'path.changed', message: `is ${info.size} bytes now, ${size} when it was checked` };
    return undefined;
}
/**
 * Opens a plain file for reading; the caller closes the handle. `fresh` is for taking a checksum
 * anew: the file need not be the one an earlier checksum was taken of.
 */
async function openPlainFile(file, subject, options = {}) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, OPEN_FLAGS);
    }
    catch (error) {
        throw openFailure(error, subject);
    }
    try {
        const info = await handle.stat({ bigint: true });
        const problem = descriptorProblem(file, info, undefined, options.fresh);
        if (problem)
            throw refuse(subject, problem.rule, problem.message);
        return { handle, info };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/** A plain file's bytes, refused above `maxBytes` (before reading it), saying `tooLarge` and what to do (`hint`). */
async function readPlainFile(file, subject, maxBytes, tooLarge = { message: 'is too large to read', hint: 'Make the file smaller.' }) {
    const bytes = await readPlainFileUpTo(file, subject, maxBytes);
    if (bytes === undefined)
        throw refuse(subject, 'path.size', `${tooLarge.message}: more than ${maxBytes} bytes`, tooLarge.hint);
    return bytes;
}
/** A plain file's bytes, or undefined when it is larger than `maxBytes` (and then not read). */
async function readPlainFileUpTo(file, subject, maxBytes) {
    const { handle, info } = await openPlainFile(file, subject);
    try {
        if (info.size > BigInt(maxBytes))
            return undefined;
        (0,_memory_js__WEBPACK_IMPORTED_MODULE_6__/* .readWhole */ .oD)(Number(info.size));
        const buffer = Buffer.alloc(Number(info.size));
        let done = 0;
        while (done < buffer.length) {
            const { bytesRead } = await handle.read(buffer, done, buffer.length - done, done);
            if (bytesRead === 0)
                break;
            done += bytesRead;
        }
        return buffer.subarray(0, done);
    }
    finally {
        await handle.close();
    }
}
/**
 * Whether a plain file's bytes contain `needle`, read through one reused buffer of `chunk` bytes
 * (and the needle's length less one, carried from each read to the next, so a match split
 * between two reads is found): a file is searched without being held.
 */
async function plainFileContains(file, subject, needle, chunk = 1024 * 1024) {
    const { handle } = await openPlainFile(file, subject);
    const carry = Math.max(0, needle.length - 1);
    const buffer = Buffer.allocUnsafe(chunk + carry);
    let kept = 0;
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, kept, chunk, null);
            if (bytesRead === 0)
                return false;
            const end = kept + bytesRead;
            if (buffer.subarray(0, end).includes(needle))
                return true;
            kept = Math.min(carry, end);
            buffer.copy(buffer, 0, end - kept, end);
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * SHA-256 and size of a plain file, read through one reused buffer from the checked descriptor;
 * the file is remembered (also under `aliases`, other paths that reach it), so a later open (the
 * upload) gets this very file or a refusal.
 */
async function digestPlainFile(file, subject, aliases = []) {
    const { handle, info } = await openPlainFile(file, subject, { fresh: true });
    const digest = await (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHandle */ .tD)(handle);
    for (const name of [file, ...aliases])
        remember(name, info);
    return digest;
}
/**
 * Copies a plain file (read from its checked descriptor) to `target`, written whole or not at all,
 * and hashes the bytes as they pass: the copy's checksum costs no second read. The copy is
 * remembered as the file of that checksum, as `digestPlainFile` would remember it.
 */
async function copyPlainFile(source, target, subject) {
    const { handle } = await openPlainFile(source, subject);
    const temp = (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .siblingTemp */ .ht)(target);
    const hash = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    let bytes = 0;
    try {
        const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o600);
        try {
            const buffer = Buffer.allocUnsafe(1024 * 1024);
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
                if (bytesRead === 0)
                    break;
                const chunk = buffer.subarray(0, bytesRead);
                hash.update(chunk);
                await output.write(chunk);
                bytes += bytesRead;
            }
            remember(target, await output.stat({ bigint: true }));
        }
        finally {
            await output.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw error;
    }
    finally {
        await handle.close();
    }
    return { bytes, sha256: hash.digest('hex') };
}
/**
 * Takes the checksum of a file flowferry has just written itself (hashed as it was written) as if
 * `digestPlainFile` had read it: the file must be a plain file of that size, and is remembered.
 */
async function rememberWritten(file, digest, subject) {
    const info = await checkPlainFile(file, subject);
    if (info.size !== BigInt(digest.bytes))
        throw refuse(subject, 'path.changed', `is ${info.size} bytes now, ${digest.bytes} when it was written`);
    remember(file, info);
    return digest;
}
/** Refuses, before a request is sent, a file to upload that is not the plain file verified, at `size` bytes. */
async function assertUploadable(file, size) {
    const subject = { shown: (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(file) };
    const { handle, info } = await openPlainFile(file, subject);
    await handle.close();
    const problem = descriptorProblem(file, info, size);
    if (problem)
        throw refuse(subject, problem.rule, problem.message);
}
/**
 * A plain file (or a byte range of it) as a stream, for an upload: the descriptor is checked as it
 * is opened, before a byte is read, so what is sent is the file that was verified, at the size
 * the request announced. `highWaterMark` is the size of each read.
 */
function plainFileStream(file, range, size) {
    const subject = { shown: (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(file) };
    const checkedOpen = (name, _flags, mode, callback) => {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().open(name, OPEN_FLAGS, mode, (error, fd) => {
            if (error)
                return callback(openFailure(error, subject));
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().fstat(fd, { bigint: true }, (statError, info) => {
                const problem = statError ? undefined : descriptorProblem(file, info, size);
                if (!statError && !problem)
                    return callback(null, fd);
                node_fs__WEBPACK_IMPORTED_MODULE_1___default().close(fd, () => callback(statError ?? refuse(subject, problem.rule, problem.message)));
            });
        });
    };
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { ...range, fs: { open: checkedOpen, read: (node_fs__WEBPACK_IMPORTED_MODULE_1___default().read), close: (node_fs__WEBPACK_IMPORTED_MODULE_1___default().close) } });
}
/** An error from opening or lstat-ing a file, as a refusal that names it. */
function openFailure(error, subject) {
    const code = error.code;
    if (code === 'ELOOP' || code === 'EMLINK')
        return refuse(subject, 'path.link', 'is a symbolic link; flowferry reads only the files themselves');
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return refuse(subject, 'path.missing', 'does not exist');
    if (code === 'EISDIR')
        return refuse(subject, 'path.directory', 'is a directory, where a file is expected');
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FlowferryError */ .rm)
        return error;
    return refuse(subject, 'path.unreadable', `cannot be read (${code ?? error.message})`, 'Check the file and its permissions.');
}


/***/ }),

/***/ 12032:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ loadSchemas),
/* harmony export */   z: () => (/* binding */ z)
/* harmony export */ });
let real;
let loading;
function loadSchemas() {
    return (loading ??= Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(105)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44105)).then((module) => {
        real = module.builders;
    }));
}
/** Builder methods that may be written down before zod is loaded; anything else needs zod. */
const BUILDERS = new Set([
    // z.*: the ones schema-builders.ts passes on
    'string', 'number', 'boolean', 'unknown', 'literal', 'enum', 'object', 'looseObject', 'strictObject', 'array', 'union', 'lazy', 'record',
    // schema.*
    'optional', 'nullable', 'nullish', 'transform', 'refine', 'superRefine', 'regex', 'min', 'max', 'int', 'nonnegative', 'positive', 'length', 'default', 'catch', 'pipe', 'url', 'trim',
    'extend', 'passthrough', 'partial', 'required', 'pick', 'omit', 'strict', 'describe', 'nonempty', 'and', 'or', 'gt', 'gte', 'lt', 'lte', 'startsWith', 'endsWith', 'toLowerCase', 'toUpperCase',
]);
const NOTES = Symbol('schema notes');
function notesOf(value) {
    return (typeof value === 'function' || (typeof value === 'object' && value !== null)) ? value[NOTES] : undefined;
}
/** The real value for an argument: a written-down schema built, inside arrays and plain objects too. */
function realise(value) {
    const notes = notesOf(value);
    if (notes)
        return build(notes);
    if (Array.isArray(value))
        return value.map(realise);
    if (typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, realise(item)]));
    }
    return value;
}
function build(notes) {
    if (notes.built !== undefined)
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
    return new Proxy(function schema() { }, {
        get(_target, key) {
            if (key === NOTES)
                return notes;
            if (real) {
                const built = build(notes);
                const value = built[key];
                return typeof value === 'function' ? (...args) => value.apply(built, args.map(realise)) : value;
            }
            if (typeof key === 'string' && BUILDERS.has(key))
                return (...args) => written([...steps, { key, args }]);
            // Not a promise (an async function may return a schema); anything else needs zod.
            if (key === 'then' || typeof key === 'symbol')
                return undefined;
            throw new Error(`internal error: the schema's ${key} was used before zod was loaded (core/schema.ts: call loadSchemas() first)`);
        },
    });
}
/** zod's `z`, its builders written down until `loadSchemas()` has loaded zod. */
const z = written([]);


/***/ }),

/***/ 58010:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $O: () => (/* binding */ MIN_VALUE_SECRET_LENGTH),
  B5: () => (/* binding */ longestSecretForm),
  E$: () => (/* binding */ redact),
  cl: () => (/* binding */ registerSecret),
  fN: () => (/* binding */ registerValueSecret)
});

// UNUSED EXPORTS: forgetSecretsForTests, isSecret, setSecretSink, spellings

;// CONCATENATED MODULE: ./src/core/secret-view.ts
/**
 * A second view of a text for secrets.ts to search: escapes decoded, line breaks taken out, with
 * a map back to the original, so that what is found in the view is masked where it was written.
 */
/** Escapes a text can spell a character in, and line breaks a secret can be split by. */
const ENCODED = /\\u[0-9a-fA-F]{4}|\\[\\/"'nr]|&#[xX]?[0-9a-fA-F]+;|&(?:amp|lt|gt|quot|apos);|%[0-7][0-9a-fA-F]|[\r\n]/;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/**
 * The text with every character escape decoded and line breaks taken out, and where each of its
 * characters came from. The spellings secrets.ts lists are whole-text encodings; a platform can also
 * escape some characters and not others (System.Text.Json writes `+` as `\u002B` and `'` as
 * `\u0027` but leaves letters alone; an HTML page may write every character as `&#NN;`), quote a
 * secret broken over lines (and indented, as a folded header or a wrapped key), or mix escapes.
 * Matched in this view, each is masked in the original.
 * https://learn.microsoft.com/en-us/dotnet/standard/serialization/system-text-json/character-encoding
 */
function decodedView(text) {
    if (!ENCODED.test(text))
        return undefined;
    let view = '';
    const from = [];
    const to = [];
    const push = (chars, start, end) => {
        // A character outside the BMP is two UTF-16 units; each maps back to the same place.
        for (const unit of chars.split('')) {
            view += unit;
            from.push(start);
            to.push(end);
        }
    };
    for (let i = 0; i < text.length;) {
        const c = text[i];
        const match = c === '\\' || c === '&' || c === '%' ? /^(?:\\u([0-9a-fA-F]{4})|\\([\\/"'nr])|&#([xX])?([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos);|%([0-7][0-9a-fA-F]))/.exec(text.slice(i, i + 10)) : null;
        if (c === '\r' || c === '\n') {
            // A line break, and the indentation of the line it starts (a folded header, a wrapped key).
            i++;
            while (text[i] === ' ' || text[i] === '\t')
                i++;
        }
        else if (!match) {
            push(c, i, i + 1);
            i++;
        }
        else {
            const [whole, unicode, escaped, hexMark, number, entity, percent] = match;
            let char;
            if (unicode)
                char = String.fromCharCode(parseInt(unicode, 16));
            // An escaped line break splits a secret as a real one does: it is taken out.
            else if (escaped)
                char = escaped === 'n' || escaped === 'r' ? '' : escaped;
            else if (number) {
                const code = hexMark ? parseInt(number, 16) : /^[0-9]+$/.test(number) ? parseInt(number, 10) : NaN;
                char = Number.isNaN(code) || code > 0x10ffff ? undefined : String.fromCodePoint(code);
            }
            else if (entity)
                char = ENTITIES[entity];
            else
                char = String.fromCharCode(parseInt(percent, 16));
            if (char === undefined) {
                push(c, i, i + 1);
                i++;
            }
            else {
                push(char, i, i + whole.length);
                i += whole.length;
                if (char === '')
                    while (text[i] === ' ' || text[i] === '\t')
                        i++;
            }
        }
    }
    return { text: view, from, to };
}

;// CONCATENATED MODULE: ./src/core/secrets.ts

const known = new Set();
const announced = new Set();
/** Every spelling, by its first KEY characters (what the scan looks up at each position). */
const byKey = new Map();
/** The first characters of every spelling, to skip positions quickly. */
const firstChars = new Set();
let sink = () => { };
let longest = 0;
/** Values this short would turn ordinary words into `***`; the runner ignores them too. */
const MIN_LENGTH = 4;
const KEY = MIN_LENGTH;
/**
 * A value that fills a placeholder (from `FLOWFERRY_VAR_*` or a vars-file) is masked only from
 * this length on. Such values are often not secrets at all (`true`, `1000`, a region), and a mask
 * is announced to the runner for the rest of the job: `::add-mask::true` would hide every "true"
 * in every later step's log. Credentials, which flowferry knows to be secrets, keep MIN_LENGTH.
 */
const MIN_VALUE_SECRET_LENGTH = 8;
/**
 * Registers a value that fills a placeholder, if it is long enough to be told apart from ordinary
 * words; says whether it did, so the caller can tell the user which value is not masked.
 */
function registerValueSecret(value) {
    if (value.trim().length < MIN_VALUE_SECRET_LENGTH)
        return false;
    registerSecret(value);
    return true;
}
/** Where new secrets are announced (the action sets `core.setSecret`). Already-known ones are announced again. */
function setSecretSink(next) {
    sink = next;
    for (const value of announced)
        sink(value);
}
function registerSecret(value) {
    if (value === undefined)
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
        // The runner masks what it is told, and derives base64 forms of it itself.
        sink(form);
    }
    for (const form of new Set([...direct, ...derived])) {
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
/**
 * A credential written with its scheme (`Basic …`, `Bearer …`, as a vars-file may hold an
 * Authorization header) travels without it too: the token is a secret of its own, and so are
 * the `user:password` a Basic token decodes to and the password.
 * https://www.rfc-editor.org/rfc/rfc7617 (Basic), https://www.rfc-editor.org/rfc/rfc6750 (Bearer)
 */
function partsOf(value) {
    const scheme = /^(basic|bearer|token|digest|negotiate)\s+(\S+)$/i.exec(value);
    if (!scheme)
        return [];
    const token = scheme[2];
    if (scheme[1].toLowerCase() !== 'basic' || !/^[A-Za-z0-9+/]+={0,2}$/.test(token))
        return [token];
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0 || Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== token.replace(/=+$/, ''))
        return [token];
    return [token, decoded, decoded.slice(colon + 1)];
}
/** Every spelling `redact` looks for (the direct ones, and those composed of two encodings). */
function spellings(value) {
    const { direct, derived } = spellingsOf(value);
    return [...new Set([...direct, ...derived])];
}
/**
 * The spellings a value takes in transit, each of which the runner would otherwise show:
 * - raw;
 * - URI-encoded (encodeURIComponent), RFC 3986-strict (`!'()*` encoded too), and
 *   application/x-www-form-urlencoded (URLSearchParams: space as `+`, `~` as `%7E`), each with
 *   upper- and lower-case hex, as servers echo a posted form or a query back;
 * - JSON-string-escaped, also with `\/` and with non-ASCII as `\uXXXX`;
 * - HTML/XML-escaped;
 * - hex of its bytes, lower- and upper-case;
 * - base64, standard and URL-safe, of the value and of the value without its first one or two
 *   bytes: inside a longer base64 text (`Basic base64(id:secret)`) a secret's digits depend on
 *   how many bytes come before it. Padding is left out, and where the value's last digit also
 *   depends on the bytes after it, a form without that digit too — as the runner's own masker
 *   does (actions/runner ValueEncoders, docs/adrs/0297-base64-masking-trailing-characters.md).
 */
function directSpellings(value) {
    const forms = new Set([value]);
    const uri = safely(() => encodeURIComponent(value));
    if (uri !== undefined) {
        const strict = uri.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
        const form = new URLSearchParams([['k', value]]).toString().slice(2);
        for (const encoded of [uri, strict, form]) {
            forms.add(encoded);
            forms.add(encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
        }
    }
    const json = JSON.stringify(value).slice(1, -1);
    forms.add(json);
    forms.add(json.replace(/\//g, '\\/'));
    const ascii = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    forms.add(ascii);
    forms.add(ascii.replace(/\\u([0-9a-f]{4})/g, (_, hex) => `\\u${hex.toUpperCase()}`));
    forms.add(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
    forms.add(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    for (const digits of base64Spellings(value))
        forms.add(digits);
    // Hex of the UTF-8 bytes, as a debugging proxy or a digest-minded error page prints a value.
    const hex = Buffer.from(value, 'utf8').toString('hex');
    forms.add(hex);
    forms.add(hex.toUpperCase());
    return [...forms];
}
function base64Spellings(value) {
    const forms = [];
    const bytes = Buffer.from(value, 'utf8');
    for (let offset = 0; offset <= 2; offset++) {
        const rest = bytes.subarray(offset);
        if (rest.length === 0)
            continue;
        const digits = rest.toString('base64').replace(/=+$/, '');
        const variants = rest.length % 3 === 0 ? [digits] : [digits, digits.slice(0, -1)];
        for (const variant of variants)
            forms.push(variant, variant.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/**
 * The direct spellings, and those a second encoding makes of them: an encoded form encoded
 * again (a posted form quoted in a query, `%252B`), and base64 of an encoded form (a form body
 * or a URL inside a base64 blob).
 */
function spellingsOf(value) {
    const direct = directSpellings(value);
    const derived = new Set();
    for (const form of direct) {
        if (form === value)
            continue;
        const again = safely(() => encodeURIComponent(form));
        if (again !== undefined)
            derived.add(again);
        derived.add(new URLSearchParams([['k', form]]).toString().slice(2));
        for (const digits of base64Spellings(form))
            derived.add(digits);
    }
    return { direct, derived: [...derived] };
}
/**
 * How much of a spelling must be present to be masked. Short values only whole (a prefix of an
 * eight-character password is an ordinary word); longer ones from half their length, at most
 * twelve characters: a twelve-character piece of a real key is never a coincidence, and a key
 * cut after its first twenty characters by a message limit must not survive.
 */
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
    let out = '';
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
/** Where spellings (or long enough pieces of them) are in `text`: [start, end) spans, in order. */
function found(text) {
    const spans = [];
    for (let at = 0; at <= text.length - KEY; at++) {
        if (!firstChars.has(text[at]))
            continue;
        const forms = byKey.get(text.slice(at, at + KEY));
        if (!forms)
            continue;
        // The longest spelling, or long enough piece of one, that starts here.
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
/** The longest spelling registered: how far past a cut a secret that starts before it can reach. */
function longestSecretForm() {
    return longest;
}
function isSecret(value) {
    return known.has(value.trim());
}
/** For tests that run several configurations in one process. */
function forgetSecretsForTests() {
    known.clear();
    announced.clear();
    byKey.clear();
    firstChars.clear();
    longest = 0;
    sink = () => { };
}
function safely(fn) {
    try {
        return fn();
    }
    catch {
        // encodeURIComponent refuses a lone surrogate; such a value has no URI spelling.
        return undefined;
    }
}


/***/ }),

/***/ 96885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ timerMs),
/* harmony export */   _: () => (/* binding */ timeoutSignal),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Node's timers hold a 32-bit signed delay: a longer one is replaced by 1 ms, so it fires AT ONCE
 * (with only a TimeoutOverflowWarning to say so). https://nodejs.org/api/timers.html#settimeoutcallback-delay-args
 * Every timer flowferry sets, from an input, a platform's Retry-After or a computed pause, goes
 * through here, so none can be longer than a timer can hold and none can go off early.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A delay a timer can hold: at least 1 ms, at most MAX_TIMER_MS (for timeouts handed to libraries). */
function timerMs(ms) {
    if (!Number.isFinite(ms))
        return ms > 0 ? MAX_TIMER_MS : 1;
    return Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(ms)));
}
/** Sleeps `ms`, in steps a timer can hold; rejects with an AbortError when the signal aborts. */
async function sleep(ms, signal) {
    let left = Number.isFinite(ms) ? ms : MAX_TIMER_MS;
    while (left > 0) {
        const step = Math.min(left, MAX_TIMER_MS);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(step, undefined, { signal });
        left -= step;
    }
}
/** Like AbortSignal.timeout, for any length: past the timer range it chains timers (unref'd, as AbortSignal.timeout's is). */
function timeoutSignal(ms) {
    if (ms <= MAX_TIMER_MS)
        return AbortSignal.timeout(timerMs(ms));
    const controller = new AbortController();
    const at = Date.now() + ms;
    const arm = () => {
        const left = at - Date.now();
        if (left <= 0)
            return controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
        setTimeout(arm, timerMs(left)).unref();
    };
    arm();
    return controller.signal;
}


/***/ }),

/***/ 61037:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   UK: () => (/* binding */ setHomeOrigin),
/* harmony export */   Ui: () => (/* binding */ untrustedText),
/* harmony export */   cW: () => (/* binding */ untrustedValue),
/* harmony export */   ci: () => (/* binding */ jsonForStream),
/* harmony export */   j$: () => (/* binding */ withoutQuery),
/* harmony export */   s$: () => (/* binding */ jsonText)
/* harmony export */ });
/* unused harmony exports neutraliseCommands, withoutForeignQueries */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58010);

/**
 * Text flowferry did not write — a platform's reply, a bundle's contents, a file name — must
 * never become a workflow command, and credentials must never be shown in any spelling. Every
 * way out (the log, annotations, outputs, the job summary, the CLI's stdout) goes through this
 * module, in two steps:
 *
 * - at the entrance, `untrustedText` makes a value one line with visible escapes (no control
 *   characters), masks secrets in the whole text and only then shortens it;
 * - at the exit, `forLog` is the last line of defence on every line written to stdout/stderr,
 *   whatever it contains.
 *
 * How the runner reads a step's output (actions/runner, ActionCommandManager/ActionCommand):
 * stdout and stderr line by line, a line ending at \n, \r or \r\n; a line is a command when,
 * after TrimStart(), it starts with `::` (`::set-output name=x::y`, `::stop-commands::token`),
 * and the older `##[name]data` form is recognised anywhere in a line.
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
let homeOrigin;
/** The `base-url` origin: URLs there keep their query in what is shown; others lose it. */
function setHomeOrigin(url) {
    homeOrigin = url?.origin;
}
/**
 * Characters the runner's TrimStart() skips before it looks for `::` (.NET's char.IsWhiteSpace:
 * JavaScript's \s plus U+0085), taken generously: also every other control and invisible
 * format character, so that no leading character can hide a command from this check.
 */
const LEADING_SKIPPED = /^[\s\u0085\p{Cc}\p{Cf}]*/u;
/**
 * The last line of defence for text about to be written to stdout or stderr (log lines,
 * annotations, group names, the failure message). Secrets are masked and foreign URLs lose their
 * query first (`shown`). Then, on every line: a line that would start with `::` has its first
 * colon written `%3A`; every `##[` becomes `##%5B`; a carriage return that does not end a line
 * (\r\n) becomes `%0D`; other control characters and bidi overrides become visible escapes. These are the escapes the runner itself uses for command values (the
 * documentation above: `%25`, `%0D`, `%0A`, and `%3A` in properties), so the text stays readable
 * and says plainly what was neutralised, and the runner sees no command in it. Fencing the text
 * with `::stop-commands::` would also work, but it costs two lines per message and stops
 * flowferry's own annotations in between.
 */
function forLog(text) {
    return neutraliseCommands(shown(text));
}
/**
 * Controls other than tab and line ends, line separators and bidi overrides: a terminal or the
 * log viewer would act on them (move the cursor, reorder the text), so they are shown escaped.
 */
const INVISIBLE_IN_LOG = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** `forLog` without the masking: for text already masked, or for tests of the rule itself. */
function neutraliseCommands(text) {
    return text
        .replace(/\r(?!\n)/g, '%0D')
        .replace(INVISIBLE_IN_LOG, (c) => escapeCodePoint(c.charCodeAt(0)))
        .split(/(\r?\n)/)
        .map((part) => {
        const lead = LEADING_SKIPPED.exec(part)[0].length;
        return part.startsWith('::', lead) ? `${part.slice(0, lead)}%3A${part.slice(lead + 1)}` : part;
    })
        .join('')
        .replaceAll('##[', '##%5B');
}
/**
 * JSON for a stream the runner reads (the CLI's `result` on stdout). JSON text can only hold
 * `##[` inside a string, where `\u005b` is the same character: the document decodes to the same
 * value and the runner sees no command. It is one line, starting with `{` or `[`.
 */
function jsonForStream(text) {
    return shown(text).replaceAll('##[', '##\\u005b');
}
/** Characters JSON.stringify leaves as they are but a reader's screen would act on (bidi, separators, invisible). */
const INVISIBLE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
/**
 * JSON for an output or a stream: JSON.stringify, which escapes control characters, and the
 * same `\uXXXX` escape for line separators, bidi overrides and invisible characters it leaves
 * raw. The value decodes to the same data; the text shows every character for what it is.
 */
function jsonText(value) {
    return JSON.stringify(value).replace(INVISIBLE_IN_JSON, (c) => escapeCodePoint(c.charCodeAt(0)));
}
/** What may be shown of a text: secrets masked in every spelling, foreign URLs without their query. */
function shown(text) {
    return withoutForeignQueries((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text));
}
/** Anything but the text itself: line breaks, controls, invisible format and bidi characters, lone surrogates. */
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200c\u200d])\p{Cf}|[\ud800-\udfff]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * One line, without control characters: each is written as a visible escape (`\n`, `\r`, `\t`,
 * `\u001b`, `\u202e`). Joiners (U+200C, U+200D) stay: they are part of scripts and emoji.
 */
function oneLine(text) {
    return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? escapeCodePoint(c.codePointAt(0)));
}
function escapeCodePoint(code) {
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * A value from outside, ready to be put into a message: secrets masked in the whole text first,
 * foreign URLs without their query, one line with visible escapes, then at most `max`
 * characters (an escape is never cut in two).
 */
function untrustedText(text, max = 500) {
    // Only the start is shown; it is masked with room for a secret that begins inside it.
    const window = text.length > max + (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .longestSecretForm */ .B5)() + 64 ? text.slice(0, max + (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .longestSecretForm */ .B5)() + 64) : text;
    return cut(oneLine(shown(window)), max, window.length < text.length);
}
/** `untrustedText` of a parsed value, shown as JSON (for "the reply was …" messages). */
function untrustedValue(value, max = 200) {
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        // A value too deep or cyclic to serialise says what it is by its type.
        text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
    }
    return untrustedText(text, max);
}
function cut(text, max, shortened) {
    if (text.length <= max && !shortened)
        return text;
    let end = Math.min(max, text.length);
    // Back off to the start of an escape the cut would split, and off a high surrogate.
    const escape = text.lastIndexOf('\\', end - 1);
    if (escape >= 0 && escape >= end - 10) {
        const whole = /^\\(?:[nrt]|u\{[0-9a-f]+\}|u[0-9a-f]{4})/.exec(text.slice(escape));
        if (whole && escape + whole[0].length > end)
            end = escape;
    }
    if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]))
        end--;
    return `${text.slice(0, end)}…`;
}
const PLAIN_ANCHOR = /^#[A-Za-z][\w-]{0,99}$/;
/** http(s) URLs in free text; one ends where JSON, Markdown or prose would end it. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`\\|)\]}]+/gi;
/**
 * URLs on another origin than `base-url` (a presigned download link, a redirect) lose their
 * query, fragment and user info: that is where signatures and tokens travel (a fragment too,
 * as OAuth's `#access_token=`). A fragment that is one plain name stays.
 */
function withoutForeignQueries(text) {
    if (!text.includes('://'))
        return text;
    return text.replace(URL_IN_TEXT, (found) => {
        let url;
        try {
            url = new URL(found);
        }
        catch {
            return found;
        }
        if (url.origin === homeOrigin && !url.username && !url.password)
            return found;
        if (!url.search && !url.hash && !url.username && !url.password)
            return found;
        // A plain anchor (`#issuecomment-123`, `#L4`) names a place on the page, never a key=value.
        if (!url.search && PLAIN_ANCHOR.test(url.hash) && !url.username && !url.password)
            return found;
        return `${url.origin}${url.pathname}${url.search || url.hash ? '?…' : ''}`;
    });
}
/** A URL as an output may carry it: no query, fragment or user info, whatever its origin. */
function withoutQuery(text) {
    try {
        const url = new URL(text);
        return oneLine(`${url.origin}${url.pathname}`);
    }
    catch {
        return oneLine(text.split(/[?#]/)[0]);
    }
}


/***/ }),

/***/ 74098:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ credentialInputs),
/* harmony export */   pd: () => (/* binding */ Input),
/* harmony export */   zU: () => (/* binding */ operations)
/* harmony export */ });
/**
 * The names of the action's inputs, as action.yml declares them, in a module of their own so
 * that platforms can name the inputs they need without importing the input parser.
 */
const Input = {
    Platform: 'platform',
    Operation: 'operation',
    BaseUrl: 'base-url',
    ApiKey: 'api-key',
    Token: 'token',
    ClientId: 'client-id',
    ClientSecret: 'client-secret',
    AccessKeyId: 'access-key-id',
    SecretAccessKey: 'secret-access-key',
    ProjectId: 'project-id',
    WorkspaceId: 'workspace-id',
    WorkflowId: 'workflow-id',
    WorkflowName: 'workflow-name',
    FlowId: 'flow-id',
    Version: 'version',
    Activate: 'activate',
    TargetFolder: 'target-folder',
    CreateFolders: 'create-folders',
    Path: 'path',
    Wait: 'wait',
    Timeout: 'timeout',
    PollInterval: 'poll-interval',
    JobId: 'job-id',
    UploadArtifact: 'upload-artifact',
    ArtifactName: 'artifact-name',
    RetentionDays: 'retention-days',
    DryRun: 'dry-run',
    AllowHttp: 'allow-http',
    FailOnDrift: 'fail-on-drift',
    VarsFile: 'vars-file',
    RedactSecrets: 'redact-secrets',
    Backup: 'backup',
    Concurrency: 'concurrency',
    SecurityToken: 'security-token',
    IdentityProvider: 'identity-provider',
    IamEndpoint: 'iam-endpoint',
    OidcAudience: 'oidc-audience',
    Team: 'team',
    Force: 'force',
    PrComment: 'pr-comment',
    GithubToken: 'github-token',
};
const operations = ['import', 'export', 'validate', 'diff', 'wait'];
/** Inputs that are credentials: masked the moment they are read. */
const credentialInputs = [
    Input.ApiKey,
    Input.Token,
    Input.ClientId,
    Input.ClientSecret,
    Input.AccessKeyId,
    Input.SecretAccessKey,
    Input.SecurityToken,
];


/***/ }),

/***/ 30241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ guarded)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

const MAY_HAVE_BEEN_SENT = 'If this was an import, check the target environment before trying again: a request may have reached the platform.';
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
        }
        catch {
            // Even the last resort could not write its status; the exit code still says failed.
        }
    };
    const crash = (kind) => (reason) => {
        failOnce(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(reason)} (${kind}; this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`);
        // Whatever threw may have left the run in any state: stop here, once what was written is out.
        process.stdout.write('', () => process.exit(1));
    };
    const onRejection = crash('an unhandled promise rejection');
    const onException = crash('an uncaught exception');
    const onEmptyLoop = () => {
        if (!pending)
            return;
        failOnce(`flowferry stopped before finishing: the run was left waiting on something that can no longer happen (this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`);
    };
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtException', onException);
    process.on('beforeExit', onEmptyLoop);
    try {
        await work();
    }
    catch (error) {
        failOnce(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)} (while reporting the outcome). ${MAY_HAVE_BEEN_SENT}`);
    }
    finally {
        pending = false;
        process.off('beforeExit', onEmptyLoop);
        // The rejection and exception handlers stay: a stray callback after run() is a bug too.
    }
}


/***/ }),

/***/ 82758:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ isGlob)
/* harmony export */ });
/** Whether `path` names bundles by a glob (a batch) rather than one bundle. */
function isGlob(pattern) {
    return /[*?[\]{}]/.test(pattern);
}


/***/ }),

/***/ 94649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ recordFailure),
/* harmony export */   G9: () => (/* binding */ settle),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   YT: () => (/* binding */ newResult),
/* harmony export */   gX: () => (/* binding */ overallStatus)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74296);
/* harmony import */ var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(61037);



function newResult(platform, operation, fields = {}) {
    return { platform, operation, status: 'succeeded', ...fields };
}
/** Long enough for flowferry's own longest messages (a list of findings), short enough for a log line. */
const MESSAGE_LIMIT = 4000;
/** Records an error on a result, keeping what the result already knew. */
function recordFailure(result, error) {
    result.status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    // A message may quote a reply, a bundle or (for an unexpected error) anything: it is masked
    // whole, then kept to one line with visible escapes, like any text from outside.
    result.message = (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .Ui)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error).split('\n')[0], MESSAGE_LIMIT);
    const hint = error instanceof Error && 'hint' in error ? (error.hint ?? undefined) : undefined;
    result.hint = hint?.split('\n').map((line) => (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .Ui)(line, MESSAGE_LIMIT)).join('\n');
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TimedOutError */ .On || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .JobFailedError */ .dk) {
        result.jobId ??= error.jobId;
        result.platformStatus ??= error.platformStatus;
    }
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ && error.findings.length > 0) {
        result.findings = [...(result.findings ?? []), ...error.findings];
    }
    return result;
}
const SEVERITY = ['succeeded', 'skipped', 'in-progress', 'timed-out', 'failed'];
/** The status of a batch: the worst of its parts. */
function overallStatus(results) {
    let worst = results.length > 0 && results.every((r) => r.status === 'skipped') ? 'skipped' : 'succeeded';
    for (const result of results) {
        if (result.status !== 'skipped' && SEVERITY.indexOf(result.status) > SEVERITY.indexOf(worst))
            worst = result.status;
    }
    return worst;
}
function isFailure(status) {
    return status === 'failed' || status === 'timed-out';
}
/**
 * Runs one unit of an operation (one bundle, one workflow, one job) to its result: a thrown
 * error becomes the result's failure, the temporary directories the work registered in
 * `cleanup` are removed, and the duration is recorded, whatever happened.
 */
async function settle(result, clock, work) {
    const started = clock.now();
    const cleanup = [];
    try {
        await work(cleanup);
    }
    catch (error) {
        recordFailure(result, error);
    }
    finally {
        await Promise.all(cleanup.map((dir) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true })));
        result.durationMs = clock.now() - started;
    }
    return result;
}


/***/ }),

/***/ 40947:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ koreai)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

const KOREAI_RATE_LIMITS = 'https://community.kore.ai/t/article-understanding-rate-limits-for-kore-ai-public-apis/3638';
/** What flowferry knows of Kore.ai AI for Process before it loads the platform's code (platform.ts, PlatformFacts). */
const koreai = {
    name: 'koreai',
    title: 'Kore.ai AI for Process',
    inputs: {
        auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiKey]],
        operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowId]],
        },
        exampleBaseUrl: 'https://ai-for-process.kore.ai',
        examples: { [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.FlowId]: 'cf-5678' },
    },
    readSettings: (read) => ({ apiKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiKey), flowId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.FlowId) }),
    jobs: true,
    // The one published figure for dock-status calls is 60 per minute and 1,800 per hour per request
    // id, in Kore.ai's community article on the rate limits of its public APIs (KOREAI_RATE_LIMITS).
    // It is written for the XO platform; AI for Process documents none, so flowferry keeps to this one
    // rather than to none.
    pollLimits: [
        { requests: 60, perMs: 60_000, source: KOREAI_RATE_LIMITS },
        { requests: 1_800, perMs: 3_600_000, source: KOREAI_RATE_LIMITS },
    ],
};


/***/ }),

/***/ 97057:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ leapwork)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

/** What flowferry knows of the Leapwork Controller before it loads the platform's code (platform.ts, PlatformFacts). */
const leapwork = {
    name: 'leapwork',
    title: 'Leapwork Controller',
    inputs: {
        auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiKey]],
        operations: {
            import: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.TargetFolder]],
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowId]],
        },
        // HTTPS on 9002, the official plugin's default when HTTPS is on; plain http needs allow-http.
        exampleBaseUrl: 'https://leapwork-controller:9002',
        examples: { [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.TargetFolder]: 'Team A/Regression' },
    },
    readSettings: (read) => ({
        apiKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiKey),
        targetFolder: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.TargetFolder),
        createFolders: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.CreateFolders, false),
        team: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Team),
        force: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Force, false),
    }),
    // The Controller imports and exports within the request: there is no job to wait for.
    jobs: false,
    // An import replaces the item of the same title in its folder: the backup goes back the same way.
    rollback: () => 'import that bundle into the same target-folder (and team); the Controller replaces the item of the same title, or, with a team, force mode does when someone has it open',
};


/***/ }),

/***/ 11599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ secmaster)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

/** What flowferry knows of Huawei Cloud SecMaster before it loads the platform's code (platform.ts, PlatformFacts). */
const secmaster = {
    name: 'secmaster',
    title: 'Huawei Cloud SecMaster',
    inputs: {
        auth: [
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Token, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId],
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AccessKeyId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.SecretAccessKey, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId],
            // Keyless: the runner's GitHub ID token, exchanged at IAM (keyless.ts).
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.IdentityProvider, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId],
        ],
        operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowId], [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowName]],
        },
        exampleBaseUrl: 'https://secmaster.ap-southeast-1.myhuaweicloud.com',
        examples: {
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId]: '0605767a0300d5762fb0c0186d9e1c3b',
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId]: '9f5bb8a5-1c7b-4d3c-8a5e-5a2d4e7f0c11',
        },
    },
    readSettings: (read) => ({
        token: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Token),
        accessKeyId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AccessKeyId),
        secretAccessKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.SecretAccessKey),
        securityToken: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.SecurityToken),
        identityProvider: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.IdentityProvider),
        oidcAudience: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.OidcAudience),
        iamEndpoint: read.identityEndpoint(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.IamEndpoint),
        projectId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId),
        workspaceId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId),
    }),
    jobs: false,
};


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ zuora),
/* harmony export */   u: () => (/* binding */ ZUORA_REQUEST_ID)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

/** The reply header with Zuora's request id, the one Zuora support asks for. */
const ZUORA_REQUEST_ID = 'zuora-request-id';
/** What flowferry knows of Zuora Workflow before it loads the platform's code (platform.ts, PlatformFacts). */
const zuora = {
    name: 'zuora',
    title: 'Zuora Workflow',
    inputs: {
        auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ClientId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ClientSecret], [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Token]],
        operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowId]],
        },
        exampleBaseUrl: 'https://rest.apisandbox.zuora.com',
    },
    readSettings: (read) => ({
        clientId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ClientId),
        clientSecret: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ClientSecret),
        token: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Token),
        version: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Version),
        activate: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Activate, false),
    }),
    // A backup is of the active version, not of the version this import names.
    liveExport: (own) => ({ ...own, version: undefined }),
    // Zuora's replies carry their request id in Zuora-Request-Id (the response headers of every
    // workflow operation, e.g. https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/).
    requestIdHeader: ZUORA_REQUEST_ID,
    jobs: false,
};


/***/ }),

/***/ 71013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

// UNUSED EXPORTS: MAJOR_TAG

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The package's version: package.json is the one place it is written (a release bumps it there). */
const VERSION = package_namespaceObject.rE;
/** The tag that follows the newest release of this major version (release.yml moves it): v0 for 0.y.z. */
const MAJOR_TAG = (/* unused pure expression or super */ null && (`v${VERSION.split('.')[0]}`));


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
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
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
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
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
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
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
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
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
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
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
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
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
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
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
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
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

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
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
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
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
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
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
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
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
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
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
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
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
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
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
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


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
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
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
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
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
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
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
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
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
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
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
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
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
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
        // Not using `instanceof Schema` to allow for duck typing
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
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
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
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
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
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
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


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
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
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
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
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
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
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
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
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
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
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



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
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



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


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
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
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
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
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
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
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
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
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

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
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
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
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
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
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

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
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
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
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
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
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
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
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
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
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
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
        return typeof idx === 'number' && idx < this.items.length;
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
        if (typeof idx !== 'number')
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
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
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
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
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
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
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


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
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


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
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


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
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


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
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
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
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
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
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
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
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
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
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
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
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
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
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
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
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
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
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


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
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


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
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
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
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
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
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
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
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
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
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
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
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
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
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
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
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
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
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
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
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
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

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


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(72684);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
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
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
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
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
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


/***/ }),

/***/ 72684:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

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
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
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


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(72684);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

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


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
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
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
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
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
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
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
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


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
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
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
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
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
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
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
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
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
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
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ var __webpack_exports__ = __nccwpck_require__(95581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
