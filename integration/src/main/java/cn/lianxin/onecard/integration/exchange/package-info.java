/**
 * Files between the centre and the communities over their channels (inbox directory, SFTP,
 * HTTP): the Camel routes that deliver downloads and pick up blacklist confirmations, the shared
 * error handling (bounded retries, then a dead-letter directory), and the ports the app
 * implements ({@link cn.lianxin.onecard.integration.exchange.ConfirmationReceiver}). No
 * database, no app types.
 */
package cn.lianxin.onecard.integration.exchange;
