package cn.lianxin.onecard.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Our pages under {@code static/}: a folder's address serves its {@code index.html}. */
@Configuration
class PagesConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/rules", "/rules/");
        registry.addViewController("/rules/").setViewName("forward:/rules/index.html");
    }
}
