using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Approvals.Persistence;

/// <summary>
/// Inserts rows of one entity type with a single prepared statement, its columns and value conversions read from the
/// context's EF model: the seeded rows are exactly what EF itself would write, at a fraction of the cost of tracking a
/// million entities. Owned types mapped into the owner's table (signatures) are flattened in; JSON-mapped ones are not
/// supported. The seed command and the benchmark's audit trail write with it.
/// </summary>
public sealed class BulkInserter<T> : IDisposable
    where T : class
{
    readonly DbCommand _command;
    readonly IReadOnlyList<(DbParameter Parameter, Func<T, object?> Read)> _columns;

    public BulkInserter(DbContext db, DbConnection connection, DbTransaction transaction)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in {db.GetType().Name}'s model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _command = connection.CreateCommand();
        _command.Transaction = transaction;

        var columns = new List<(string Name, IProperty Property, Func<T, object?> Owner)>();
        foreach (var property in entity.GetProperties())
            columns.Add((property.GetColumnName(table)!, property, row => row));
        foreach (var navigation in entity.GetNavigations().Where(n => n.ForeignKey.IsOwnership && n.TargetEntityType.IsOwned()))
        {
            if (navigation.IsCollection || navigation.TargetEntityType.IsMappedToJson())
                throw new NotSupportedException($"{typeof(T).Name}.{navigation.Name} is not a single owned type in the owner's table.");
            var getter = navigation.GetGetter();
            // The owned type's key is the owner's, already written.
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey()))
                columns.Add((property.GetColumnName(table)!, property, row => getter.GetClrValue(row)));
        }

        var parameters = new List<(DbParameter, Func<T, object?>)>();
        for (var i = 0; i < columns.Count; i++)
        {
            var (_, property, owner) = columns[i];
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var parameter = mapping.CreateParameter(_command, $"@p{i}", value: null, nullable: true);
            _command.Parameters.Add(parameter);
            var getter = property.GetGetter();
            var converter = mapping.Converter;
            parameters.Add((parameter, row =>
            {
                var holder = owner(row);
                var value = holder is null ? null : getter.GetClrValue(holder);
                return converter is null || value is null ? value : converter.ConvertToProvider(value);
            }));
        }

        _columns = parameters;
        _command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        _command.Prepare();
    }

    public void Insert(T row)
    {
        foreach (var (parameter, read) in _columns)
            parameter.Value = read(row) ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
