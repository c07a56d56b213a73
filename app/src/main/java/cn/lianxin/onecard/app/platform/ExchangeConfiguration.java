package cn.lianxin.onecard.app.platform;

import cn.lianxin.onecard.integration.exchange.DownloadSender;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The exchange routes of the integration module (downloads to the communities, confirmations
 * from them), the one error handler and dead letter of every route, and the settings of the whole
 * exchange, {@code onecard.exchange}.
 */
@Configuration
@ComponentScan(basePackageClasses = DownloadSender.class)
public class ExchangeConfiguration {
}
