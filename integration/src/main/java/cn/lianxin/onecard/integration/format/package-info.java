/**
 * Codecs for the centre ↔ community files of interfaces.md §3: the consumption upload (CONS),
 * its acknowledgement (ACK), the blacklist (BLK, full and delta) and its confirmation (BLA),
 * with their file names and the reason codes of §4.
 *
 * <p>Plain Java, no Camel or Spring. Files are ASCII with fixed-width fields; writers end every
 * line with LF, readers accept LF or CRLF and compute MACs over the bytes as received. Money is
 * {@code long} fen. The CONS reader streams: its memory does not grow with the file.
 */
package cn.lianxin.onecard.integration.format;
