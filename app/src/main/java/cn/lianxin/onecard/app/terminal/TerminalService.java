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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * POS machines and terminals; community staff see their communities' terminals. A change that
 * may change a community's channel or SFTP server publishes {@link CommunityChannelChanged}.
 */
@Service
@Transactional
public class TerminalService {

    private final TerminalRepository terminals;
    private final CommunityService communities;
    private final OutletService outlets;
    private final ApplicationEventPublisher events;
    private final Archive<Terminal, String> archive;

    TerminalService(TerminalRepository terminals, CommunityService communities, OutletService outlets,
                    ApplicationEventPublisher events, Clock clock) {
        this.terminals = terminals;
        this.communities = communities;
        this.outlets = outlets;
        this.events = events;
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
        Terminal created = archive.create(request.terminalId(), terminal, scope);
        channelChanged(null, ChannelSettings.of(created));
        return created;
    }

    public Terminal update(String terminalId, TerminalRequest request, CommunityScope scope) {
        References.requireSameId("terminalId", terminalId, request.terminalId());
        ChannelSettings before = ChannelSettings.of(archive.get(terminalId, scope));
        check(request, terminalId);
        Terminal updated = archive.update(terminalId, scope, terminal -> terminal.describe(request));
        channelChanged(before, ChannelSettings.of(updated));
        return updated;
    }

    public Terminal deactivate(String terminalId, CommunityScope scope) {
        ChannelSettings before = ChannelSettings.of(archive.get(terminalId, scope));
        Terminal deactivated = archive.deactivate(terminalId, scope);
        channelChanged(before, ChannelSettings.of(deactivated));
        return deactivated;
    }

    /** What of a terminal decides its community's channel and SFTP server. */
    private record ChannelSettings(String communityId, boolean active, TerminalKind kind, Channel channel, String host,
            Integer port, String user, String path, String schedule) {
        static ChannelSettings of(Terminal t) {
            return new ChannelSettings(t.getCommunityId(), t.isActive(), t.getKind(), t.getChannel(), t.getSftpHost(),
                    t.getSftpPort(), t.getSftpUser(), t.getSftpPath(), t.getSftpSchedule());
        }
    }

    /** Tells the listeners (after the commit) which communities' channel may have changed. */
    private void channelChanged(ChannelSettings before, ChannelSettings after) {
        if (after.equals(before)) {
            return;
        }
        Set<String> affected = new LinkedHashSet<>();
        if (before != null && before.communityId() != null) {
            affected.add(before.communityId());
        }
        if (after.communityId() != null) {
            affected.add(after.communityId());
        }
        affected.forEach(community -> events.publishEvent(new CommunityChannelChanged(community)));
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
