// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.exercise;

import java.util.List;

/** Every rule of one exercise, checked against a learner's model (and run). */
public record ExerciseReport(ExerciseRules rules, List<CheckResult> results) {

    public ExerciseReport {
        results = List.copyOf(results);
    }

    /** Whether no rule failed (skipped rules do not fail). */
    public boolean passed() {
        return results.stream().noneMatch(CheckResult::failed);
    }

    /** Text for people: one line per rule, {@code PASS}/{@code FAIL}/{@code SKIP}, hints under failures. */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append("Exercise ").append(rules.name());
        if (!rules.title().equals(rules.name())) {
            text.append(": ").append(rules.title());
        }
        text.append('\n');
        for (CheckResult result : results) {
            String mark = switch (result.status()) {
                case PASS -> "PASS";
                case FAIL -> "FAIL";
                case SKIPPED -> "SKIP";
            };
            text.append("  ").append(mark).append("  ").append(result.rule());
            if (!result.detail().isEmpty()) {
                text.append(": ").append(result.detail());
            }
            text.append('\n');
            if (!result.hint().isEmpty()) {
                text.append("        hint: ").append(result.hint()).append('\n');
            }
        }
        long failed = results.stream().filter(CheckResult::failed).count();
        text.append(failed == 0 ? "All checks passed.\n" : failed + " of " + results.size() + " checks failed.\n");
        return text.toString();
    }
}
