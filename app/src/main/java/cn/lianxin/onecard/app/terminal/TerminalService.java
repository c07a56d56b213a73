package cn.lianxin.onecard.app.terminal;

import cn.lianxin.onecard.app.archive.Archive;
import cn.lianxin.onecard.app.archive.Filters;
import cn.lianxin.onecard.app.archive.References;
import cn.lianxin.onecard.app.community.CommunityService;
import cn.lianxin.onecard.app.outlet.OutletService;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.FieldProblem;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** POS machines and terminals; community staff see their communities' terminals. */
@Service
@Transactional
public class TerminalService {

    private final TerminalRepository terminals;
    private final CommunityService communities;
    private final OutletService outlets;
    private final Archive<Terminal, String> archive;

    TerminalService(TerminalRepository terminals, CommunityService communities, OutletService outlets, Clock clock) {
        this.terminals = terminals;
        this.communities = communities;
        this.outlets = outlets;
        this.archive = Archive.perCommunity("terminal", "terminalId", terminals,
                Filters.communityAttribute("communityId"), Terminal::getCommunityId, clock);
    }

    @Transactional(readOnly = true)
    public Page<Terminal> list(String communityId, String outletId, TerminalKind kind, Boolean active,
                               Pageable pageable, CommunityScope scope) {
        return archive.list(Filters.allOf(Filters.equal("communityId", communityId), Filters.equal("outletId", outletId),
                Filters.equal("kind", kind), Filters.equal("active", active)), pageable, scope);
    }

    @Transactional(readOnly = true)
    public Terminal get(String terminalId, CommunityScope scope) {
        return archive.get(terminalId, scope);
    }

    /** The terminal, for other features that need to know where it is; no scope applies. */
    @Transactional(readOnly = true)
    public java.util.Optional<Terminal> find(String terminalId) {
        return terminals.findById(terminalId);
    }

    public Terminal register(TerminalRequest request, CommunityScope scope) {
        check(request, null);
        Terminal terminal = new Terminal(request.terminalId());
        terminal.describe(request);
        return archive.create(request.terminalId(), terminal, scope);
    }

    public Terminal update(String terminalId, TerminalRequest request, CommunityScope scope) {
        References.requireSameId("terminalId", terminalId, request.terminalId());
        archive.get(terminalId, scope);
        check(request, terminalId);
        return archive.update(terminalId, scope, terminal -> terminal.describe(request));
    }

    public Terminal deactivate(String terminalId, CommunityScope scope) {
        return archive.deactivate(terminalId, scope);
    }

    /** Checks the request as a whole and reports every bad field at once. */
    private void check(TerminalRequest request, String self) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean outletReader = request.kind() == TerminalKind.OUTLET_READER;
        if (outletReader) {
            requirePresent(problems, "outletId", request.outletId(), "is required for an outlet reader");
            requireAbsent(problems, "communityId", request.communityId(), "must be empty for an outlet reader");
        } else {
            requirePresent(problems, "communityId", request.communityId(), "is required for a " + request.kind());
            requireAbsent(problems, "outletId", request.outletId(), "must be empty for a " + request.kind());
        }
        if (request.kind() != TerminalKind.DOOR_CONTROLLER) {
            requirePresent(problems, "psamId", request.psamId(), "is required for a " + request.kind());
        }
        switch (request.channel()) {
            case INBOX -> requirePresent(problems, "inboxDir", request.inboxDir(), "is required for the INBOX channel");
            case SFTP -> {
                requirePresent(problems, "sftpHost", request.sftpHost(), "is required for the SFTP channel");
                requirePresent(problems, "sftpPort", request.sftpPort(), "is required for the SFTP channel");
                requirePresent(problems, "sftpUser", request.sftpUser(), "is required for the SFTP channel");
                requirePresent(problems, "sftpPath", request.sftpPath(), "is required for the SFTP channel");
                requirePresent(problems, "sftpSchedule", request.sftpSchedule(), "is required for the SFTP channel");
                if (request.sftpSchedule() != null && !CronExpression.isValidExpression(request.sftpSchedule())) {
                    problems.add(new FieldProblem("sftpSchedule",
                            "must be a cron expression of six fields (second minute hour day month weekday)"));
                }
            }
            case HTTP -> {
                // the community pushes; nothing to configure
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        if (outletReader) {
            outlets.requireActive("outletId", request.outletId());
        } else {
            communities.requireActive("communityId", request.communityId());
        }
        if (request.psamId() != null) {
            terminals.findByPsamId(request.psamId())
                    .filter(other -> !other.getTerminalId().equals(self))
                    .ifPresent(other -> {
                        throw new ConflictException("psamId", "PSAM " + request.psamId()
                                + " is already in terminal " + other.getTerminalId());
                    });
        }
    }

    private static void requirePresent(List<FieldProblem> problems, String field, Object value, String reason) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            problems.add(new FieldProblem(field, reason));
        }
    }

    private static void requireAbsent(List<FieldProblem> problems, String field, Object value, String reason) {
        if (value != null) {
            problems.add(new FieldProblem(field, reason));
        }
    }
}
