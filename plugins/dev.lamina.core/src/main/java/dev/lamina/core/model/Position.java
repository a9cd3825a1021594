// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

/** Where a layer's block sits in the diagram, in diagram units. */
public record Position(int x, int y) {
}
