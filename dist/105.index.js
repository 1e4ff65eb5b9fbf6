export const id = 105;
export const ids = [105];
export const modules = {

/***/ 44105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   builders: () => (/* binding */ builders)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/**
 * The zod builders core/schema.ts hands out, loaded by it once a run needs them. Named one by one
 * rather than passing on the whole `z`: the bundler then keeps only what is used of zod (the
 * namespace of a dynamic import would bring all of it, its error messages in every language too).
 */
const builders = {
    string: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP,
    number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig,
    boolean: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY,
    unknown: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J,
    literal: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz,
    enum: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n,
    object: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc,
    looseObject: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3,
    strictObject: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej,
    array: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg,
    union: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ,
    lazy: zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV,
    record: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P,
};


/***/ })

};
