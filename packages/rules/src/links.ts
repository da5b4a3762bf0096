import { LINKS } from './guidance/links.js';

/** The Azure portal's "Create a support request" blade (where a linked contract is used). */
export const NEW_SUPPORT_REQUEST_URL: string = LINKS.newSupportRequest;
