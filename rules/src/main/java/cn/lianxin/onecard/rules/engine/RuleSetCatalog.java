package cn.lianxin.onecard.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The rule sets shipped on the classpath: {@value #LOCATION} names each rule set, its files under
 * {@code rulesets/<name>/} and the number of rules it must compile to.
 *
 * <pre>
 * card-fees.resources = card-fees.drl.xlsx, card-fees-fallback.drl
 * card-fees.rules = 6
 * </pre>
 */
public final class RuleSetCatalog {

    public static final String LOCATION = "rulesets/catalog.properties";

    private final List<RuleSetSource> sources;

    private RuleSetCatalog(List<RuleSetSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Reads the catalog and every file it names; fails loudly on anything missing or malformed. */
    public static RuleSetCatalog fromClasspath(ClassLoader loader) {
        Properties catalog = new Properties();
        try (InputStream in = loader.getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("rule set catalog " + LOCATION + " is not on the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                catalog.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LOCATION, e);
        }
        var names = new TreeSet<String>();
        for (String key : catalog.stringPropertyNames()) {
            if (key.endsWith(".resources")) {
                names.add(key.substring(0, key.length() - ".resources".length()));
            } else if (!key.endsWith(".rules")) {
                throw new IllegalStateException(LOCATION + ": unknown key " + key);
            }
        }
        List<RuleSetSource> sources = new ArrayList<>();
        for (String name : names) {
            String count = catalog.getProperty(name + ".rules");
            if (count == null) {
                throw new IllegalStateException(LOCATION + ": " + name + ".rules is missing");
            }
            int expected;
            try {
                expected = Integer.parseInt(count.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(LOCATION + ": " + name + ".rules is not a number: " + count);
            }
            List<RuleResource> resources = new ArrayList<>();
            for (String file : Arrays.stream(catalog.getProperty(name + ".resources").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList()) {
                resources.add(RuleResource.of(file, read(loader, "rulesets/" + name + "/" + file)));
            }
            sources.add(new RuleSetSource(name, expected, resources));
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException(LOCATION + " names no rule set");
        }
        return new RuleSetCatalog(sources);
    }

    private static byte[] read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + path + ", named in " + LOCATION + ", is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /**
     * The shipped regression scenarios of a rule set: {@code rulesets/<name>/<name>.scenarios.csv}.
     */
    public static RuleResource scenarios(ClassLoader loader, String name) {
        String file = name + ".scenarios.csv";
        return RuleResource.of(file, read(loader, "rulesets/" + name + "/" + file));
    }

    public List<RuleSetSource> sources() {
        return sources;
    }

    /** The rule set of that name; fails if the catalog has none. */
    public RuleSetSource source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule set " + name + " in " + LOCATION));
    }
}
