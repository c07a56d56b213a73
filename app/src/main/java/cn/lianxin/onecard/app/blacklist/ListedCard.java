package cn.lianxin.onecard.app.blacklist;

import cn.lianxin.onecard.integration.format.BlacklistEntry;
import cn.lianxin.onecard.integration.format.BlacklistOperation;
import cn.lianxin.onecard.integration.format.BlacklistReason;
import cn.lianxin.onecard.integration.format.DoorPrompt;

/** One card on a community's list as a version stands for it. */
record ListedCard(String cardNo, String uid, BlacklistReason reason, DoorPrompt prompt) {

    BlacklistEntry as(BlacklistOperation operation) {
        return new BlacklistEntry(operation, cardNo, uid, reason, prompt);
    }
}
