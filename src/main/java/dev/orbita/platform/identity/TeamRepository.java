package dev.orbita.platform.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, UUID> {

    List<Team> findAllByOrderByName();

    List<Team> findByManagerId(UUID managerId);

    boolean existsByName(String name);
}
