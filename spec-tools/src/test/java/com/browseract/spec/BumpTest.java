package com.browseract.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BumpTest {
  @Test
  void eachBumpFromASnapshot() {
    assertThat(Bump.NONE.next("1.4.2-SNAPSHOT")).isEqualTo("1.4.2");
    assertThat(Bump.PATCH.next("1.4.2-SNAPSHOT")).isEqualTo("1.4.3");
    assertThat(Bump.MINOR.next("1.4.2")).isEqualTo("1.5.0");
    assertThat(Bump.MAJOR.next("1.4.2")).isEqualTo("2.0.0");
  }

  @Test
  void rejectsWhatIsNotASemanticVersion() {
    assertThatThrownBy(() -> Bump.MINOR.next("v2")).hasMessageContaining("v2");
  }
}
