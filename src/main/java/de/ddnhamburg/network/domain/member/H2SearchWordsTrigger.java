package de.ddnhamburg.network.domain.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.h2.api.Trigger;

/**
 * Keeps H2's word index of the directory search ({@code directory_word}, {@code directory_word_member},
 * migration V360) in step with {@code member.search_text}, for every writer: JPA, bulk loads and
 * tests' plain inserts. H2 has no trigram index; without this a search whose matches cluster late
 * in the list ("schm") reads all 100,000 members (docs/decisions/005-directory-query.md).
 *
 * <p>The text is split at the same whitespace as the search words ({@link DirectorySearchWords}),
 * so a word found anywhere in a member's text lies within one of these words, and the dictionary
 * finds every member a substring search can find. Dictionary words are never removed: one that no
 * member uses any more just leads nowhere. Public, because H2 instantiates it by name.
 */
public final class H2SearchWordsTrigger implements Trigger {

    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private int idColumn = -1;
    private int textColumn = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                if (name.equals("id")) {
                    idColumn = index;
                } else if (name.equals("search_text")) {
                    textColumn = index;
                }
            }
        }
        if (idColumn < 0 || textColumn < 0) {
            throw new SQLException(table + " has no id or search_text column");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Objects.equals(oldRow[textColumn], newRow[textColumn])) {
            return;
        }
        if (oldRow != null) {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from directory_word_member where member_id = ?")) {
                delete.setLong(1, ((Number) oldRow[idColumn]).longValue());
                delete.executeUpdate();
            }
        }
        if (newRow != null && newRow[textColumn] != null) {
            long member = ((Number) newRow[idColumn]).longValue();
            for (String word : words((String) newRow[textColumn])) {
                index(connection, member, word);
            }
        }
    }

    /** Indexes the members already there when the index is created (migration V360). */
    public static void indexAll(Connection connection) throws SQLException {
        try (Statement members = connection.createStatement();
                ResultSet rows = members.executeQuery("select id, search_text from member")) {
            while (rows.next()) {
                for (String word : words(rows.getString(2))) {
                    index(connection, rows.getLong(1), word);
                }
            }
        }
    }

    /** The distinct words of a search text. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : WHITESPACE.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static void index(Connection connection, long member, String word) throws SQLException {
        long wordId;
        try (PreparedStatement find = connection.prepareStatement("select id from directory_word where word = ?")) {
            find.setString(1, word);
            try (ResultSet found = find.executeQuery()) {
                wordId = found.next() ? found.getLong(1) : insertWord(connection, find, word);
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement("insert into directory_word_member (word_id, member_id) values (?, ?)")) {
            insert.setLong(1, wordId);
            insert.setLong(2, member);
            insert.executeUpdate();
        }
    }

    /**
     * A new dictionary word. If another transaction added the same word meanwhile, H2 waits for it
     * and then refuses the duplicate; the word is then there to be found.
     */
    private static long insertWord(Connection connection, PreparedStatement find, String word) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into directory_word (word) values (?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, word);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            try (ResultSet found = find.executeQuery()) {
                if (found.next()) {
                    return found.getLong(1);
                }
            }
            throw e;
        }
    }
}
