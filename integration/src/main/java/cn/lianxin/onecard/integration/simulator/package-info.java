/**
 * A community as the centre sees it from outside: from the centre's own records (cards with their
 * shadow balances and counters, open bills, fee terminals) it makes the consumption uploads a
 * community would send — valid ones, or ones with exactly one fault of interfaces.md §4 — and the
 * command {@link cn.lianxin.onecard.integration.simulator.SimulateCommunity} drops them into the
 * community's channel and prints the acknowledgements.
 */
package cn.lianxin.onecard.integration.simulator;
