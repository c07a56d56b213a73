package cn.lianxin.onecard.integration.simulator;

import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import java.util.List;

/**
 * One simulated consumption upload.
 *
 * @param fileName  {@code CONS_<community>_<yyyyMMdd>_<seq6>.DAT}
 * @param content   the file's bytes
 * @param details   the transactions as made, before any fault was injected
 * @param fault     the fault injected, null for a valid file
 * @param faultLine the line the fault is on (1 header, 2… details, last the trailer), 0 for none
 */
public record GeneratedBatch(String fileName, byte[] content, List<ConsDetail> details, ReasonCode fault, long faultLine) {
}
