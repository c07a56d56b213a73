package cn.lianxin.onecard.processes.rule;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the variables a delegate needs and names the one that is missing. */
final class Vars {

    private Vars() {
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("process variable '" + name + "' is missing or not text: " + value);
        }
        return text;
    }

    static String optionalString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
