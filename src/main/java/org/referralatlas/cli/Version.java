package org.referralatlas.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Referral Atlas " + (v == null ? "(development build)" : v)};
    }
}
