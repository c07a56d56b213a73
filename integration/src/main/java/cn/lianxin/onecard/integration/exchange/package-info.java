/**
 * Files between the centre and the communities over their channels (inbox directory, SFTP,
 * HTTP): the settings of the whole exchange ({@code onecard.exchange.*},
 * {@link cn.lianxin.onecard.integration.exchange.ExchangeProperties}), the one way to reach a
 * community's SFTP server ({@link cn.lianxin.onecard.integration.exchange.SftpEndpoints}), the
 * one error handler of every route of the project
 * ({@link cn.lianxin.onecard.integration.exchange.ErrorHandling}) and its dead-letter route, the
 * Camel routes that deliver downloads and pick up blacklist confirmations, and the ports the app
 * implements ({@link cn.lianxin.onecard.integration.exchange.ConfirmationReceiver}). No
 * database, no app types.
 */
package cn.lianxin.onecard.integration.exchange;
