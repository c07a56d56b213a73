package cn.lianxin.onecard.processes;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.BpmnError;

/**
 * A technical failure of an asynchronous process step. The engine retries the job as the step's
 * {@code camunda:failedJobRetryTimeCycle} says; when no retry is left, this message becomes the
 * incident message in Cockpit, so it is written for the person who has to act: what to do first,
 * then the reason.
 */
public class StepFailedException extends RuntimeException {

    public StepFailedException(String whatToDo, Throwable cause) {
        super(whatToDo + ": " + reasonOf(cause), cause);
    }

    /**
     * Runs a port call; a technical failure becomes a {@code StepFailedException} saying
     * {@code whatToDo}. A {@link BpmnError} (a modelled business outcome) passes unchanged.
     */
    public static <T> T attempt(String whatToDo, Supplier<T> call) {
        try {
            return call.get();
        } catch (BpmnError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StepFailedException(whatToDo, e);
        }
    }

    /** As {@link #attempt(String, Supplier)} for a call without an answer. */
    public static void attempt(String whatToDo, Runnable call) {
        attempt(whatToDo, () -> {
            call.run();
            return null;
        });
    }

    /** The cause's own message, or its type when it has none. */
    public static String reasonOf(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
