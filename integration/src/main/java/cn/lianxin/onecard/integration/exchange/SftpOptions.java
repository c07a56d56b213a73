package cn.lianxin.onecard.integration.exchange;

/** The SFTP login part of a Camel sftp URI: a password, else a private key file. */
final class SftpOptions {

    private SftpOptions() {
    }

    static String authentication(String password, String privateKeyFile) {
        if (privateKeyFile != null && !privateKeyFile.isBlank()) {
            return "privateKeyFile=" + privateKeyFile;
        }
        return "password=RAW(" + (password == null ? "" : password) + ")";
    }
}
