package dev.orbita.shared;

/** The record does not exist, or the caller may not see it (the two are not told apart). */
public class NotFoundException extends RuntimeException {

    private final String resource;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
