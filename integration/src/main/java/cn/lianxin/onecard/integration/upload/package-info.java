/**
 * Community uploads (interfaces.md §3.1, §3.2): the one ingestion pipeline of CONS files
 * ({@link cn.lianxin.onecard.integration.upload.ConsUploadPipeline}: file-level checks while the
 * file streams once, record-level checks and storage behind the port
 * {@link cn.lianxin.onecard.integration.upload.UploadStore} that the app implements), the ACK,
 * quarantine of rejected files, and the Camel routes of the three channels (inbox directory,
 * SFTP polling, HTTP through {@code direct:upload-ingest}).
 */
package cn.lianxin.onecard.integration.upload;
