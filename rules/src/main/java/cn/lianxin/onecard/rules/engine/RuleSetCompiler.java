package cn.lianxin.onecard.rules.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.builder.model.KieSessionModel;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a {@link RuleSetSource} into a verified {@link CompiledRuleSet}, or refuses it with every
 * problem found ({@link RuleSetCompilationException}).
 *
 * <p>Each rule set gets its own KieModule, built in memory with {@code KieFileSystem} and
 * {@code KieBuilder} from the given bytes (no kmodule.xml on the classpath is involved): one KieBase
 * named after the rule set and one stateless session {@code <name>.session}. Decision tables are
 * turned into DRL here, with Drools' own {@code SpreadsheetCompiler}, so that errors can be mapped
 * back to sheet, row and column. After the build the container is verified and the rules counted;
 * a count different from {@link RuleSetSource#expectedRuleCount()} refuses the rule set.
 */
public final class RuleSetCompiler {

    /** The largest resource accepted; a fee table is a few kilobytes. */
    public static final int MAX_RESOURCE_BYTES = 5 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(RuleSetCompiler.class);
    private static final String GROUP_ID = "cn.lianxin.onecard.rulesets";
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleSetCompiler() {
    }

    /** Where a file of the KieFileSystem came from. */
    private record Origin(RuleResource resource, DecisionTableDrl table, String drl) {
    }

    /**
     * Compiles and verifies a rule set <em>without</em> the allow-list: for trusted files only (tests).
     * Files from people go through {@link #compile(RuleSetSource, RuleVocabulary)}:
     * Drools' builder evaluates metadata and compiles actions, so unchecked files run code.
     *
     * @throws RuleSetCompilationException listing every problem found, with its place
     */
    public static CompiledRuleSet compile(RuleSetSource source) {
        return compile(source, (RuleVocabulary) null);
    }

    /**
     * Checks every rule file against the rule set's vocabulary ({@link RuleFileSafety}) and compiles
     * the rule set only if all of them pass: nothing of a refused file reaches Drools' builder (which
     * would evaluate metadata and compile actions). This is the compile for files from people.
     *
     * @throws RuleSetCompilationException listing every problem found, with its place; a forbidden
     *                                     construct is a problem of kind {@code FORBIDDEN}
     */
    public static CompiledRuleSet compile(RuleSetSource source, RuleVocabulary vocabulary) {
        long started = System.nanoTime();
        String name = source.name();
        List<RuleSetProblem> problems = new ArrayList<>();
        Map<String, Origin> files = readResources(source, problems);
        if (vocabulary != null) {
            List<RuleSetProblem> unsafe = safety(name, files, vocabulary);
            if (!unsafe.isEmpty()) {
                problems.addAll(unsafe);
                throw new RuleSetCompilationException(name, problems);
            }
        }

        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId(GROUP_ID, name, "1.0." + BUILDS.incrementAndGet());
        List<RuleSetProblem> buildProblems = build(ks, releaseId, name, files);
        if (!buildProblems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            problems.addAll(buildProblems);
            throw new RuleSetCompilationException(name, problems);
        }

        KieContainer container;
        try {
            container = ks.newKieContainer(releaseId);
        } finally {
            // the container keeps what it needs; the repository would otherwise keep every version ever built
            ks.getRepository().removeKieModule(releaseId);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Message m : container.verify(name).getMessages(Message.Level.ERROR)) {
            problems.add(toProblem(name, m, files, seen));
        }
        CompiledRuleSet compiled = new CompiledRuleSet(source, container, container.getKieBase(name));
        // A resource already refused as unreadable would only repeat itself as a wrong count; a resource
        // Drools would skip (UNSUPPORTED_RESOURCE) is exactly what the count is there to catch.
        boolean unreadable = problems.stream().anyMatch(p -> p.kind() == RuleSetProblem.Kind.UNREADABLE
                || p.kind() == RuleSetProblem.Kind.DECISION_TABLE);
        if (!unreadable && compiled.ruleCount() != source.expectedRuleCount()) {
            problems.add(RuleSetProblem.of(RuleSetProblem.Kind.RULE_COUNT, name, null,
                    "rule set " + name + " must contain " + source.expectedRuleCount() + " rules but compiled to "
                            + compiled.ruleCount() + " (" + String.join(", ", compiled.ruleNames()) + ")"
                            + "; a decision table under a name Drools does not read (not *.drl.xlsx), a blank row"
                            + " ending a table early, or a row added or removed without changing the count"));
        }
        if (!problems.isEmpty()) {
            container.dispose();
            throw new RuleSetCompilationException(name, problems);
        }
        log.info("rule set {} compiled: {} rules from {} in {} ms", name, compiled.ruleCount(),
                source.resources().stream().map(RuleResource::name).toList(),
                (System.nanoTime() - started) / 1_000_000);
        return compiled;
    }

    /** Every construct of the files that the vocabulary does not allow, and every file Drools' parser cannot read. */
    private static List<RuleSetProblem> safety(String ruleSet, Map<String, Origin> files, RuleVocabulary vocabulary) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Origin origin : files.values()) {
            RuleFileSafety.Result result = RuleFileSafety.check(origin.drl(), vocabulary);
            for (RuleFileSafety.Violation v : result.errors()) {
                problems.add(located(RuleSetProblem.Kind.COMPILE, ruleSet, origin, v.line(), v.column(), v.message()));
            }
            for (RuleFileSafety.Violation v : result.violations()) {
                problems.add(located(RuleSetProblem.Kind.FORBIDDEN, ruleSet, origin, v.line(), v.column(), v.message()));
            }
        }
        return problems;
    }

    private static RuleSetProblem located(RuleSetProblem.Kind kind, String ruleSet, Origin origin, Integer line,
                                          Integer column, String text) {
        String excerpt = lineOf(origin.drl(), line);
        if (origin.table() == null) {
            return new RuleSetProblem(kind, ruleSet, origin.resource().name(), null, null, null, line, column, text, excerpt);
        }
        // the rule's name (cell A) in the message would make every cell of the row ambiguous
        DecisionTableDrl.Place place = origin.table().locate(line, column, RULE_NAMED.matcher(text).replaceAll("rule"));
        return new RuleSetProblem(kind, ruleSet, origin.resource().name(), place.sheet(), place.row(), place.column(),
                line, column, text, excerpt);
    }

    /** The DRL text of every readable resource, by its path in the KieFileSystem; problems for the rest. */
    private static Map<String, Origin> readResources(RuleSetSource source, List<RuleSetProblem> problems) {
        String name = source.name();
        Map<String, Origin> files = new LinkedHashMap<>();
        for (RuleResource resource : source.resources()) {
            String path = "src/main/resources/rulesets/" + name + "/" + resource.name();
            if (resource.size() > MAX_RESOURCE_BYTES) {
                problems.add(RuleSetProblem.of(RuleSetProblem.Kind.UNREADABLE, name, resource.name(),
                        "too large: " + resource.size() + " bytes, at most " + MAX_RESOURCE_BYTES + " are accepted"));
                continue;
            }
            switch (resource.kind()) {
                case DRL -> {
                    try {
                        files.put(path, new Origin(resource, null, utf8(resource.bytes())));
                    } catch (CharacterCodingException e) {
                        problems.add(RuleSetProblem.of(RuleSetProblem.Kind.UNREADABLE, name, resource.name(),
                                "not UTF-8 text; save the DRL file as UTF-8"));
                    }
                }
                case DECISION_TABLE -> {
                    try {
                        DecisionTableDrl table = DecisionTableDrl.compile(resource.bytes());
                        files.put(path + ".drl", new Origin(resource, table, table.drl()));
                    } catch (DecisionTableDrl.TableException e) {
                        DecisionTableDrl.Place place = e.place == null ? new DecisionTableDrl.Place(null, null, null)
                                : e.place;
                        problems.add(new RuleSetProblem(e.kind, name, resource.name(), place.sheet(), place.row(),
                                place.column(), null, null, e.getMessage(), null));
                    }
                }
                case UNSUPPORTED -> problems.add(RuleSetProblem.of(RuleSetProblem.Kind.UNSUPPORTED_RESOURCE, name,
                        resource.name(), "not a rule file: Drools reads only *.drl, *.drl.xlsx and *.drl.xls and would "
                                + "silently skip this one, leaving its rules out (a decision table must be named "
                                + "*.drl.xlsx)"));
            }
        }
        return files;
    }

    /** Builds the KieModule: one KieBase named after the rule set, one stateless session. */
    private static List<RuleSetProblem> build(KieServices ks, ReleaseId releaseId, String name,
                                              Map<String, Origin> files) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = ks.newKieModuleModel();
        KieBaseModel base = module.newKieBaseModel(name)
                .setDefault(true)
                .setEqualsBehavior(EqualityBehaviorOption.IDENTITY)
                .setEventProcessingMode(EventProcessingOption.CLOUD);
        base.newKieSessionModel(CompiledRuleSet.sessionName(name))
                .setType(KieSessionModel.KieSessionType.STATELESS)
                .setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        files.forEach((path, origin) -> kfs.write(path, origin.drl()));

        List<RuleSetProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                problems.add(toProblem(name, m, files, seen));
            }
        } catch (RuntimeException e) {
            problems.add(RuleSetProblem.of(RuleSetProblem.Kind.COMPILE, name, null,
                    "Drools failed to build: " + DecisionTableDrl.messages(e)));
        }
        // "Parser returned a null Package" only repeats that the file's syntax errors were reported
        if (problems.size() > 1) {
            problems.removeIf(p -> p.message().startsWith("Parser returned a null Package") && p.drlLine() == null);
        }
        return problems;
    }

    private static final Pattern RULE_NAMED = Pattern.compile("rule \"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LINE_COLUMN =
            Pattern.compile("(?:\\[ERR \\d+\\] Line (\\d+):(\\d+))|(?:\\[Line: (\\d+), Column: (\\d+)\\])");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*(?:\\n|$)");

    private static RuleSetProblem toProblem(String ruleSet, Message m, Map<String, Origin> files,
                                            Map<String, Integer> seen) {
        Origin origin = originOf(m.getPath(), files);
        String text = m.getText() == null ? "(no message)" : m.getText().strip();
        // Drools counts lines from 1 and columns from 0; a problem counts both from 1.
        Integer line = m.getLine() > 0 ? m.getLine() : null;
        Integer column = m.getColumn() > 0 ? m.getColumn() + 1 : null;
        Matcher lc = LINE_COLUMN.matcher(text);
        if (lc.find()) {
            int g = lc.group(1) != null ? 1 : 3;
            if (line == null || line == Integer.parseInt(lc.group(g))) {
                line = Integer.valueOf(lc.group(g));
                column = column != null ? column : Integer.parseInt(lc.group(g + 1)) + 1;
            }
        }
        if (origin == null) {
            return new RuleSetProblem(RuleSetProblem.Kind.COMPILE, ruleSet, null, null, null, null, line, column,
                    text, null);
        }
        if (line == null) {
            line = lineOfExpression(origin, text, seen);
            column = null;
        }
        String excerpt = lineOf(origin.drl(), line);
        if (origin.table() == null) {
            return new RuleSetProblem(RuleSetProblem.Kind.COMPILE, ruleSet, origin.resource().name(), null, null,
                    null, line, column, text, excerpt);
        }
        DecisionTableDrl.Place place = origin.table().locate(line, column, text);
        return new RuleSetProblem(RuleSetProblem.Kind.COMPILE, ruleSet, origin.resource().name(), place.sheet(),
                place.row(), place.column(), line, column, text, excerpt);
    }

    /**
     * Drools gives no line for some errors ("Unable to Analyse Expression x == y"); the expression
     * is then looked up in the DRL. The same message repeated (one per rule that has the expression)
     * is matched to the expression's successive occurrences.
     */
    private static Integer lineOfExpression(Origin origin, String text, Map<String, Integer> seen) {
        Matcher e = EXPRESSION.matcher(text);
        if (!e.find()) {
            return null;
        }
        String expression = e.group(1).strip();
        String[] lines = origin.drl().split("\n", -1);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(expression)) {
                hits.add(i + 1);
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        int k = seen.merge(origin.resource().name() + "\u0000" + expression, 1, Integer::sum) - 1;
        return hits.get(Math.min(k, hits.size() - 1));
    }

    private static Origin originOf(String path, Map<String, Origin> files) {
        if (path == null || path.isBlank()) {
            return null;
        }
        for (Map.Entry<String, Origin> f : files.entrySet()) {
            if (f.getKey().equals(path) || f.getKey().endsWith("/" + path) || path.endsWith(f.getKey())) {
                return f.getValue();
            }
        }
        return null;
    }

    private static String lineOf(String text, Integer line) {
        if (line == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? lines[line - 1].strip() : null;
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
