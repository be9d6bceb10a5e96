<?xml version="1.0" encoding="UTF-8"?>
<!-- Kejari tilang answer -> outcome + canonical bill (mappings/canonical/bill.schema.json).
     kode 00 with data/tilang: status_bayar LUNAS is PAID (nothing due), BELUM_BAYAR is UNPAID with
     fine + court fee due on the BRIVA code (billReference); one item for the month of the verdict.
     10 unknown ticket (NOT_FOUND); 11 plate not the ticket's (REJECTED); 41 AUTH_FAILED; else
     AGENCY_ERROR. The evidence held (data/tilang/barang_bukti) has no field in the canonical bill. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="respon"/>
    <xsl:variable name="kode" select="string($r/kode)"/>
    <xsl:variable name="pesan" select="string($r/pesan)"/>
    <xsl:variable name="t" select="$r/data/tilang"/>
    <xsl:choose>
      <xsl:when test="empty($r/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '00' and exists($t/nomor_register) and $t/status_bayar = ('LUNAS', 'BELUM_BAYAR')">
        <xsl:variable name="total" select="xs:integer($t/denda) + xs:integer($t/biaya_perkara)"/>
        <xsl:variable name="paid" select="string($t/status_bayar) = 'LUNAS'"/>
        <xsl:sequence select="map{
          'outcome': 'OK',
          'result': map{
            'biller': 'kejari',
            'customerId': string($t/nomor_register),
            'customerName': string($t/nama_pelanggar),
            'status': if ($paid) then 'PAID' else 'UNPAID',
            'totalAmount': if ($paid) then 0 else $total,
            'currency': 'IDR',
            'billReference': string($t/kode_briva),
            'items': array{ map{
              'period': substring(string($t/tanggal_sidang), 1, 7),
              'amount': $total
            } }
          }
        }"/>
      </xsl:when>
      <xsl:when test="$kode = '10'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = '11'">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = '41'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $kode || ' ' || $pesan}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
