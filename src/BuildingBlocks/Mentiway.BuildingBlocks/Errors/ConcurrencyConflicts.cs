using Marten.Exceptions;
using Npgsql;

namespace Mentiway.BuildingBlocks.Errors;

/// <summary>Recognises the ways a lost race surfaces from Marten and PostgreSQL.</summary>
public static class ConcurrencyConflicts
{
    private const string UniqueViolation = "23505";

    public static bool IsConflict(Exception exception) => exception switch
    {
        JasperFx.ConcurrencyException => true,
        ExistingStreamIdCollisionException => true,
        JasperFx.DocumentAlreadyExistsException => true,
        PostgresException { SqlState: UniqueViolation } => true,
        _ when exception.InnerException is not null => IsConflict(exception.InnerException),
        _ => false,
    };
}
