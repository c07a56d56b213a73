package cn.lianxin.onecard.integration.exchange;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code onecard.exchange.*} for every route of the exchange (uploads, confirmations, downloads). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeProperties.class)
public class ExchangeRoutesConfiguration {
}
