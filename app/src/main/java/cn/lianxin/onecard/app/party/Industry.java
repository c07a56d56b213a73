package cn.lianxin.onecard.app.party;

/** The industry of a resource party: who provides the service a card pays for. */
public enum Industry {
    BUS, PROPERTY, OTHER
}
