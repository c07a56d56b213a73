/**
 * The card company's SM4 key system (interfaces.md §2): block encryption, key diversification,
 * the 4-byte CMAC ("mac4"), the four master keys and where they are kept, the keys derived from
 * them, and "information access" (信息准入) — which resource party may obtain which sector keys.
 *
 * <p>Nothing in this package logs, prints or puts key bytes into exception messages or
 * {@code toString()}.
 */
package cn.lianxin.onecard.integration.keys;
