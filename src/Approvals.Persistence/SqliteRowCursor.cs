using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Approvals.Persistence;

/// <summary>
/// A forward-only cursor over one query on a context's SQLite connection that hands text out as the UTF-8 bytes SQLite
/// holds, valid until the next row, without making a string of it. For reads of millions of rows, where ADO.NET's
/// string per column costs more than SQLite's own work. Values are read as EF stores them on SQLite: times as UTC ticks
/// (<see cref="UtcTicksConverter"/>), ids as text.
/// </summary>
public sealed class SqliteRowCursor : IDisposable
{
    readonly DbContext _db;
    readonly sqlite3_stmt _statement;
    bool _done;

    SqliteRowCursor(DbContext db, sqlite3_stmt statement)
    {
        _db = db;
        _statement = statement;
    }

    /// <summary>The cursor over <paramref name="sql"/>, or null when the context does not run on SQLite.</summary>
    public static SqliteRowCursor? Open(DbContext db, string sql)
    {
        if (!db.Database.IsSqlite())
            return null;
        db.Database.OpenConnection();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var result = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        if (result == raw.SQLITE_OK)
            return new SqliteRowCursor(db, statement);
        var message = raw.sqlite3_errmsg(connection.Handle).utf8_to_string();
        statement.Dispose();
        db.Database.CloseConnection();
        throw new SqliteException(message, result);
    }

    /// <summary>Moves to the next row; false after the last, and from then on (stepping on would start the query again).</summary>
    public bool Read()
    {
        if (_done)
            return false;
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
            return true;
        if (result != raw.SQLITE_DONE)
            throw new SqliteException(raw.sqlite3_errmsg(raw.sqlite3_db_handle(_statement)).utf8_to_string(), result);
        _done = true;
        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Number(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>The column's text as stored, in UTF-8; valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(_statement, column);

    public DateTimeOffset UtcTicks(int column) => new(Number(column), TimeSpan.Zero);

    public Guid Id(int column) =>
        System.Guid.TryParse(Utf8(column), out var id) ? id : throw new FormatException($"Column {column} does not hold an id.");

    public void Dispose()
    {
        _statement.Dispose();
        _db.Database.CloseConnection();
    }
}
