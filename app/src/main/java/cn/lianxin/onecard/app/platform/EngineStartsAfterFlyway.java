package cn.lianxin.onecard.app.platform;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the Camunda engine configuration depend on Flyway's initializer, so our migrations run
 * on an empty schema first. Without this the engine may create its tables first and Flyway then
 * refuses the "non-empty schema without a history table".
 */
@Component
public class EngineStartsAfterFlyway implements BeanFactoryPostProcessor {

    static final String FLYWAY_INITIALIZER = "flywayInitializer";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
            return;
        }
        for (String name : beanFactory.getBeanNamesForType(ProcessEngineConfigurationImpl.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            Set<String> dependsOn = new LinkedHashSet<>();
            if (definition.getDependsOn() != null) {
                dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
            }
            dependsOn.add(FLYWAY_INITIALIZER);
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }
}
