package cn.lianxin.onecard.app.cardholder;

import cn.lianxin.onecard.app.archive.ArchiveRepository;
import java.util.List;

public interface CardholderRepository extends ArchiveRepository<Cardholder, Long> {

    List<Cardholder> findByCertificateTypeAndCertificateLast4(CertificateType certificateType, String certificateLast4);
}
