package cn.lianxin.onecard.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one-card property back office: cards, fees, uploads, overdue handling and clearing. */
@SpringBootApplication
public class OneCardApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneCardApplication.class, args);
    }
}
