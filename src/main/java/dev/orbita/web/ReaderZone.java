package dev.orbita.web;

import java.time.ZoneId;

/**
 * The time zone the reader of an answer reads times in: the signed-in user's. The platform provides it
 * (the same zone the pages show times in); answers that carry local times, such as exports, use it.
 */
@FunctionalInterface
public interface ReaderZone {

    ZoneId zone();
}
