/** The HTTP API's version. The major part changes only with an incompatible change; clients compare it. */
export const API_VERSION = '1.0.0';
