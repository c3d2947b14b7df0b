/** The server's JSON logger for app modules (app files reach server code only through *.server.ts). */
export { logger } from "#server/logger.ts";
