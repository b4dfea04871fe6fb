package dev.orbita.platform.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRepository extends JpaRepository<RoleDefinition, String> {

    List<RoleDefinition> findAllByOrderByPosition();
}
