using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glocal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResidentsCaseIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ConsultationCases_MunicipalityId_Category_Status_OpenedAt",
                table: "ConsultationCases",
                columns: new[] { "MunicipalityId", "Category", "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationCases_MunicipalityId_OpenedAt",
                table: "ConsultationCases",
                columns: new[] { "MunicipalityId", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConsultationCases_MunicipalityId_Category_Status_OpenedAt",
                table: "ConsultationCases");

            migrationBuilder.DropIndex(
                name: "IX_ConsultationCases_MunicipalityId_OpenedAt",
                table: "ConsultationCases");
        }
    }
}
