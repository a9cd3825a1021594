// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.exercise;

/**
 * One rule of an exercise, checked.
 *
 * @param rule   what the exercise asks, e.g. {@code exactly 1 Conv2D}
 * @param status whether it holds
 * @param detail what was found, e.g. {@code found 2: conv2d, conv2d_1}
 * @param hint   what to do about a failure, or {@code ""}
 */
public record CheckResult(String rule, Status status, String detail, String hint) {

    /** The outcome of one check. */
    public enum Status {
        PASS, FAIL, SKIPPED
    }

    static CheckResult pass(String rule, String detail) {
        return new CheckResult(rule, Status.PASS, detail, "");
    }

    static CheckResult fail(String rule, String detail, String hint) {
        return new CheckResult(rule, Status.FAIL, detail, hint == null ? "" : hint);
    }

    static CheckResult skipped(String rule, String detail) {
        return new CheckResult(rule, Status.SKIPPED, detail, "");
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
