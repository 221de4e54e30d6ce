package org.homeward.child.internal;

/** Check digits of the national identifiers a child's record may carry. */
final class Identifiers {

    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Identifiers() {
    }

    /** Spaces and hyphens people type inside identifiers are not part of them. */
    static String compact(String value) {
        return value == null ? null : value.replaceAll("[\\s-]", "").toUpperCase();
    }

    /**
     * Police National Computer ID as people write it ("12/345678A", "2012/345678 a"): upper case, without
     * spaces; the serial number's leading zeros are the same number ("12/0345678A" is "12/345678A").
     */
    static String compactPnc(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\s", "").toUpperCase();
        java.util.regex.Matcher m = PNC.matcher(v);
        return m.matches() ? m.group(1) + "/" + m.group(2).replaceFirst("^0+(?=.)", "") + m.group(3) : v;
    }

    static final java.util.regex.Pattern PNC = java.util.regex.Pattern.compile("([0-9]{2}|[0-9]{4})/([0-9]{1,7})([A-Z])");

    static boolean validPnc(String compacted) {
        return compacted != null && PNC.matcher(compacted).matches();
    }

    /** NHS number: 10 digits, the last a modulus 11 check digit (NHS Data Dictionary). */
    static boolean validNhsNumber(String value) {
        if (value == null || !value.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (value.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(9) - '0';
    }

    /**
     * Unique pupil number (DfE): a check letter, then 11 digits, then a digit (or a letter for a
     * temporary UPN). The check letter is the weighted sum of characters 2 to 13 modulo 23.
     */
    static boolean validUpn(String value) {
        if (value == null || !value.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            return false;
        }
        return value.charAt(0) == upnCheckLetter(value.substring(1));
    }

    static char upnCheckLetter(String last12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = last12.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : UPN_LETTERS.indexOf(c);
            sum += v * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }
}
