package cn.lianxin.onecard.processes.card;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.processes.ProcessModels;
import cn.lianxin.onecard.processes.rule.FakeRuleChangePort;
import cn.lianxin.onecard.processes.rule.RuleProcessDelegates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lints every BPMN model and form in this module against shared/STYLE.md and shared/STACK.md, so a
 * model edited in the Modeler cannot bring back generated ids, lose its history time to live, or
 * name a delegate the app does not provide.
 */
class CardProcessLintTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";

    /** Prefix, then an UpperCamelCase name: no digits first, no lower-case hash like "15mcylg". */
    static final Pattern STYLE_ID = Pattern.compile("([A-Za-z]+)_([A-Z][a-z]+(?:[A-Z0-9][a-z0-9]*)*)");
    static final Pattern PROCESS_ID = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z]+)*");
    static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*Delegate)}");
    static final Pattern LISTENER_EXPRESSION = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*Listener)}");
    /** Every user task's due date comes from the configured deadlines (onecard.tasks.due.*). */
    static final String DUE_DATE = "\\$\\{taskDeadlines\\.due\\('[a-z]+(-[a-z]+)*'\\)}";
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}");

    static Stream<Path> bpmnFiles() throws IOException {
        return files(".bpmn").stream();
    }

    static Stream<Path> formFiles() throws IOException {
        return files(".form").stream();
    }

    static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void shouldDeployEveryModelAndFormOfThisModuleTogether() throws IOException {
        List<String> found = Stream.concat(files(".bpmn").stream(), files(".form").stream())
                .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/')).toList();

        assertThat(found).containsExactlyInAnyOrderElementsOf(ProcessModels.RESOURCES);
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldBeValidExecutableBpmnWithAHistoryTimeToLive(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);

        assertThat(model.getModelElementsByType(Process.class)).singleElement().satisfies(process -> {
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId())
                    .matches("P\\d+D|\\d+");
        });
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldNameEveryElementAsTheHouseStyleSays(Path file) throws Exception {
        List<String> problems = new ArrayList<>();
        Document document = parse(file);
        String processId = ((Element) document.getElementsByTagNameNS(BPMN, "process").item(0)).getAttribute("id");
        Set<String> ids = new HashSet<>();
        forEachElement(document.getDocumentElement(), element -> {
            if (!element.hasAttribute("id")) {
                return;
            }
            String id = element.getAttribute("id");
            if (!ids.add(id)) {
                problems.add("duplicate id " + id);
            }
            String problem = idProblem(element, id, processId);
            if (problem != null) {
                problems.add(problem);
            }
        });

        assertThat(problems).as("ids in %s", file).isEmpty();
        assertThat(ids).as("every element checked").hasSizeGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldNameEveryStepInChineseAndEnglish(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node ->
                assertThat(node.getName()).as("name of %s", node.getId()).matches(this::isBilingual));
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldGiveEveryUserTaskAFormOfThisModuleACandidateGroupAndADueDate(Path file) throws IOException {
        Set<String> formIds = new HashSet<>();
        for (Path form : files(".form")) {
            formIds.add((String) FormSchema.parse(Files.readString(form, StandardCharsets.UTF_8)).get("id"));
        }
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isIn(formIds);
            assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("deployment");
            assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isNull();
            assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).matches(DUE_DATE);
        });
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldImplementEveryServiceTaskWithADelegateTheAppProvides(Path file) {
        Set<String> beans = delegateBeans();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(model.getModelElementsByType(ServiceTask.class)).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getCamundaClass()).as("camunda:class of %s", task.getId()).isNull();
            assertThat(task.getCamundaExpression()).as("camunda:expression of %s", task.getId()).isNull();
            assertThat(task.getCamundaType()).as("camunda:type of %s", task.getId()).isNull();
            Matcher expression = DELEGATE_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
            assertThat(expression.matches()).as("delegate expression of %s", task.getId()).isTrue();
            assertThat(expression.group(1)).as("bean of %s", task.getId()).isIn(beans);
        });
    }

    @Test
    void shouldUseEveryDelegateTheModuleProvides() throws IOException {
        Set<String> used = new HashSet<>();
        for (Path file : files(".bpmn")) {
            Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class).forEach(task -> {
                Matcher expression = DELEGATE_EXPRESSION.matcher(task.getCamundaDelegateExpression());
                assertThat(expression.matches()).isTrue();
                used.add(expression.group(1));
            });
        }

        assertThat(used).containsExactlyInAnyOrderElementsOf(delegateBeans());
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldImplementEveryTaskListenerWithAListenerTheAppProvides(Path file) {
        Set<String> beans = listenerBeans();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(taskListeners(model)).allSatisfy(listener -> {
            assertThat(listener.getCamundaClass()).as("camunda:class of a task listener").isNull();
            assertThat(listener.getCamundaExpression()).as("camunda:expression of a task listener").isNull();
            Matcher expression = LISTENER_EXPRESSION.matcher(String.valueOf(listener.getCamundaDelegateExpression()));
            assertThat(expression.matches()).as("delegate expression %s", listener.getCamundaDelegateExpression()).isTrue();
            assertThat(expression.group(1)).isIn(beans);
        });
    }

    @Test
    void shouldUseEveryListenerTheModuleProvides() throws IOException {
        Set<String> used = new HashSet<>();
        for (Path file : files(".bpmn")) {
            taskListeners(Bpmn.readModelFromFile(file.toFile())).forEach(listener -> {
                Matcher expression = LISTENER_EXPRESSION.matcher(listener.getCamundaDelegateExpression());
                assertThat(expression.matches()).isTrue();
                used.add(expression.group(1));
            });
        }

        assertThat(used).containsExactlyInAnyOrderElementsOf(listenerBeans());
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldRetryEveryAsynchronousStepOnASchedule(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(model.getModelElementsByType(ServiceTask.class).stream().filter(ServiceTask::isCamundaAsyncBefore))
                .isNotEmpty()
                .allSatisfy(task -> assertThat(task.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult().getTextContent())
                        .as("retry cycle of %s", task.getId()).matches("R\\d+/PT?\\d+[SMHD]"));
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void shouldLabelEveryFormFieldInChineseAndEnglishWithStyleIds(Path file) throws IOException {
        Map<String, Object> form = FormSchema.parse(Files.readString(file, StandardCharsets.UTF_8));

        assertThat((String) form.get("id")).matches("Form_[A-Z][A-Za-z]+");
        assertThat(FormSchema.components(form)).allSatisfy(component -> {
            assertThat((String) component.get("id")).matches("(Field|Text)_[A-Z][A-Za-z]+");
            if (component.get("key") != null) {
                assertThat((String) component.get("label")).as("label of %s", component.get("key")).matches(this::isBilingual);
            }
            if (component.get("values") instanceof List<?> values) {
                values.forEach(value -> assertThat((String) ((Map<?, ?>) value).get("label")).matches(this::isBilingual));
            }
            if ("text".equals(component.get("type"))) {
                assertThat((String) component.get("text")).matches(this::isBilingual);
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // generated by the Modeler or by habit: refused
            "sequenceFlow,           Flow_15mcylg,            refused",
            "userTask,               Activity_0abc123,        refused",
            "userTask,               UserTask_1,              refused",
            "serviceTask,            Task_1,                  refused",
            "exclusiveGateway,       Gateway_0x1y2z3,         refused",
            "intermediateCatchEvent, Event_0lsdk2c,           refused",
            "userTask,               Task_reviewApplication,  refused",
            "endEvent,               Task_CardActive,         refused",
            // the house style
            "userTask,               Task_ReviewApplication,  accepted",
            "sequenceFlow,           Flow_ApprovedNo,         accepted",
            "exclusiveGateway,       Gateway_Approved,        accepted",
            "endEvent,               EndEvent_CardActive,     accepted",
            "message,                MessageDef_CardPresented, accepted",
    })
    void shouldTellStyleIdsFromGeneratedOnes(String elementType, String id, String verdict) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element element = document.createElementNS(BPMN, "bpmn:" + elementType);

        assertThat(idProblem(element, id, "CardIssuance") == null ? "accepted" : "refused").isEqualTo(verdict);
    }

    /** Null when the id is right for its element, else what is wrong. */
    static String idProblem(Element element, String id, String processId) {
        String type = element.getLocalName();
        if (BPMNDI.equals(element.getNamespaceURI())) {
            return switch (type) {
                case "BPMNDiagram" -> expect(id, "BPMNDiagram_" + processId);
                case "BPMNPlane" -> expect(id, "BPMNPlane_" + processId);
                case "BPMNShape", "BPMNEdge" -> expect(id, element.getAttribute("bpmnElement") + "_di");
                default -> "no id rule for di:" + type + " " + id;
            };
        }
        if (!BPMN.equals(element.getNamespaceURI())) {
            return "unexpected element " + element.getNodeName() + " " + id;
        }
        return switch (type) {
            case "definitions" -> expect(id, "Definitions_" + processId);
            case "process" -> PROCESS_ID.matcher(id).matches() ? null : "process id " + id + " is not UpperCamelCase";
            case "startEvent" -> prefixed(id, "StartEvent");
            case "endEvent" -> prefixed(id, "EndEvent");
            case "userTask", "serviceTask" -> prefixed(id, "Task");
            case "exclusiveGateway", "eventBasedGateway", "parallelGateway" -> prefixed(id, "Gateway");
            case "sequenceFlow" -> prefixed(id, "Flow");
            case "intermediateCatchEvent", "boundaryEvent" -> prefixed(id, eventPrefix(element));
            case "message" -> prefixed(id, "MessageDef");
            case "error" -> prefixed(id, "ErrorDef");
            default -> "no id rule for " + type + " " + id + " (event definitions and other inner elements take no id)";
        };
    }

    private static String eventPrefix(Element event) {
        if (event.getElementsByTagNameNS(BPMN, "timerEventDefinition").getLength() > 0) {
            return "Timer";
        }
        if (event.getElementsByTagNameNS(BPMN, "messageEventDefinition").getLength() > 0) {
            return "Message";
        }
        if (event.getElementsByTagNameNS(BPMN, "errorEventDefinition").getLength() > 0) {
            return "Error";
        }
        return "Event";
    }

    private static String prefixed(String id, String prefix) {
        Matcher matcher = STYLE_ID.matcher(id);
        if (!matcher.matches() || !matcher.group(1).equals(prefix)) {
            return id + " should be " + prefix + "_<UpperCamelCaseName>";
        }
        return null;
    }

    private static String expect(String id, String expected) {
        return id.equals(expected) ? null : id + " should be " + expected;
    }

    private boolean isBilingual(String text) {
        return text != null && HAN.matcher(text).find() && LATIN.matcher(text).find();
    }

    /** Every delegate bean of every process of this module: card processes and rule change. */
    private static Set<String> delegateBeans() {
        Set<String> beans = new HashSet<>(
                CardProcessDelegates.create(new FakeCardIssuancePort(), new FakeCardLossPort()).keySet());
        beans.addAll(RuleProcessDelegates.create(new FakeRuleChangePort()).keySet());
        return beans;
    }

    private static Set<String> listenerBeans() {
        return RuleProcessDelegates.listeners().keySet();
    }

    private static List<CamundaTaskListener> taskListeners(BpmnModelInstance model) {
        return List.copyOf(model.getModelElementsByType(CamundaTaskListener.class));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static void forEachElement(Element root, java.util.function.Consumer<Element> action) {
        action.accept(root);
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                forEachElement((Element) children.item(i), action);
            }
        }
    }
}
