package dev.orbita.platform;

import java.util.List;

/**
 * A module that fills an empty database with realistic demo data on first start. Contributors
 * run in {@link #order()} after the platform has created the demo users and teams.
 */
public interface DemoDataContributor {

    int order();

    void load(List<UserSummary> users);
}
