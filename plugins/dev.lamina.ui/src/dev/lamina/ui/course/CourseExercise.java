// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.course;

import java.util.List;

import dev.lamina.ui.internal.Messages;

/**
 * One of the course's exercises that ship inside the product ({@code examples/ID/} in this bundle): its folder, title
 * and one line on what it teaches.
 *
 * @param id      the folder name, also the project's default name
 * @param title   what the Welcome page and the wizard call it
 * @param summary one line: the goal and where its data comes from
 */
public record CourseExercise(String id, String title, String summary) {

    /** Where the exercises live inside this bundle. */
    public static final String BUNDLE_FOLDER = "examples";

    /** The course's exercises in the order the course teaches them. */
    public static final List<CourseExercise> ALL = List.of(
            new CourseExercise("fashion-mnist", Messages.Exercise_fashionTitle, Messages.Exercise_fashionSummary),
            new CourseExercise("mnist-single-conv", Messages.Exercise_mnistTitle, Messages.Exercise_mnistSummary),
            new CourseExercise("horses-or-humans", Messages.Exercise_horsesTitle, Messages.Exercise_horsesSummary),
            new CourseExercise("happy-or-sad", Messages.Exercise_happyTitle, Messages.Exercise_happySummary));

    /** The exercise whose folder is {@code id}. */
    public static CourseExercise byId(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no course exercise " + id));
    }

    /** The exercise's model document, relative to the project. */
    public String modelPath() {
        return "model.lamina";
    }
}
