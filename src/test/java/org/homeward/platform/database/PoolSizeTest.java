package org.homeward.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoolSizeTest {

    @Test
    void withNoSizeSetThePoolHasTwoConnectionsPerProcessorAndOneMore() {
        assertThat(DataSourceConfiguration.poolSize(0, 1)).isEqualTo(3);
        assertThat(DataSourceConfiguration.poolSize(0, 2)).isEqualTo(5);
        assertThat(DataSourceConfiguration.poolSize(0, 8)).isEqualTo(17);
    }

    @Test
    void aSizeSetByTheDeploymentIsKeptWhateverTheProcessors() {
        assertThat(DataSourceConfiguration.poolSize(8, 2)).isEqualTo(8);
        assertThat(DataSourceConfiguration.poolSize(3, 16)).isEqualTo(3);
    }
}
