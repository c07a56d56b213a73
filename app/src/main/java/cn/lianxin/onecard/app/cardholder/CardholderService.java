package cn.lianxin.onecard.app.cardholder;

import cn.lianxin.onecard.app.archive.Archive;
import cn.lianxin.onecard.app.archive.Filters;
import cn.lianxin.onecard.app.household.Household;
import cn.lianxin.onecard.app.household.HouseholdRepository;
import cn.lianxin.onecard.app.household.HouseholdService;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cardholders. A holder belongs to the community of their household, so community staff see the
 * holders of their own households only. One person (certificate type and number) is registered
 * once.
 */
@Service
@Transactional
public class CardholderService {

    private final CardholderRepository holders;
    private final HouseholdService households;
    private final Archive<Cardholder, Long> archive;

    CardholderService(CardholderRepository holders, HouseholdRepository householdRepository, HouseholdService households,
                      Clock clock) {
        this.holders = holders;
        this.households = households;
        this.archive = Archive.perCommunity("cardholder", "cardholderId", holders, CardholderService::inCommunities,
                holder -> holder.getHouseholdId() == null ? null
                        : householdRepository.findById(holder.getHouseholdId()).map(Household::getCommunityId).orElse(null),
                clock);
    }

    private static Specification<Cardholder> inCommunities(Collection<String> communities) {
        return (root, query, cb) -> {
            if (communities.isEmpty()) {
                return cb.disjunction();
            }
            Subquery<String> inScope = query.subquery(String.class);
            var household = inScope.from(Household.class);
            inScope.select(household.get("householdId")).where(household.get("communityId").in(communities));
            return root.get("householdId").in(inScope);
        };
    }

    @Transactional(readOnly = true)
    public Page<Cardholder> list(String householdId, HolderCategory category, String name, Boolean active,
                                 Pageable pageable, CommunityScope scope) {
        return archive.list(Filters.allOf(Filters.equal("householdId", householdId),
                Filters.equal("holderCategory", category), Filters.contains("name", name),
                Filters.equal("active", active)), pageable, scope);
    }

    @Transactional(readOnly = true)
    public Cardholder get(Long cardholderId, CommunityScope scope) {
        return archive.get(cardholderId, scope);
    }

    public Cardholder register(CardholderRequest request, CommunityScope scope) {
        if (request.certificateNumber() == null) {
            throw new InvalidFieldException("certificateNumber", "is required when registering a cardholder");
        }
        checkHousehold(request, scope);
        CertificateDigest digest = certificate(request, null);
        Cardholder holder = new Cardholder();
        holder.describe(request);
        holder.certify(request.certificateType(), digest);
        return archive.create(null, holder, scope);
    }

    public Cardholder update(Long cardholderId, CardholderRequest request, CommunityScope scope) {
        Cardholder current = archive.get(cardholderId, scope);
        checkHousehold(request, scope);
        if (request.certificateNumber() == null && request.certificateType() != current.getCertificateType()) {
            throw new InvalidFieldException("certificateNumber", "is required when the certificate type changes");
        }
        CertificateDigest digest = request.certificateNumber() == null ? null : certificate(request, cardholderId);
        return archive.update(cardholderId, scope, holder -> {
            holder.describe(request);
            if (digest != null) {
                holder.certify(request.certificateType(), digest);
            }
        });
    }

    public Cardholder deactivate(Long cardholderId, CommunityScope scope) {
        return archive.deactivate(cardholderId, scope);
    }

    private void checkHousehold(CardholderRequest request, CommunityScope scope) {
        if (request.householdId() != null) {
            households.requireActive("householdId", request.householdId(), scope);
        } else if (!scope.unrestricted()) {
            throw new InvalidFieldException("householdId", "is required: community staff register holders of their own households");
        }
    }

    private CertificateDigest certificate(CardholderRequest request, Long self) {
        String number = request.certificateNumber().trim().toUpperCase(Locale.ROOT);
        if (!request.certificateType().accepts(number)) {
            throw new InvalidFieldException("certificateNumber", request.certificateType().formMessage());
        }
        CertificateDigest digest = CertificateDigest.of(number);
        for (Cardholder other : holders.findByCertificateTypeAndCertificateLast4(request.certificateType(), digest.last4())) {
            if (!Objects.equals(other.getCardholderId(), self) && other.certificate().matches(number)) {
                throw new ConflictException("certificateNumber",
                        "this certificate is already registered to cardholder " + other.getCardholderId());
            }
        }
        return digest;
    }
}
