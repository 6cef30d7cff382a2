package org.myknees.application.category.port.out;

/** Thrown when a household already has a category with the same name (compared without regard to case). */
public final class CategoryNameTakenException extends RuntimeException {

    public CategoryNameTakenException(String name) {
        super("The household already has a category named '" + name + "'");
    }
}
