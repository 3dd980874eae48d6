using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glocal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Investments2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_SourceActivityId",
                table: "InvestmentProjects",
                column: "SourceActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_SourceDelegationId",
                table: "InvestmentProjects",
                column: "SourceDelegationId");

            migrationBuilder.AddForeignKey(
                name: "FK_InvestmentProjects_Delegations_SourceDelegationId",
                table: "InvestmentProjects",
                column: "SourceDelegationId",
                principalTable: "Delegations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_InvestmentProjects_ExchangeActivities_SourceActivityId",
                table: "InvestmentProjects",
                column: "SourceActivityId",
                principalTable: "ExchangeActivities",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InvestmentProjects_Delegations_SourceDelegationId",
                table: "InvestmentProjects");

            migrationBuilder.DropForeignKey(
                name: "FK_InvestmentProjects_ExchangeActivities_SourceActivityId",
                table: "InvestmentProjects");

            migrationBuilder.DropIndex(
                name: "IX_InvestmentProjects_SourceActivityId",
                table: "InvestmentProjects");

            migrationBuilder.DropIndex(
                name: "IX_InvestmentProjects_SourceDelegationId",
                table: "InvestmentProjects");
        }
    }
}
